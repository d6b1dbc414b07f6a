/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Use</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved segment (DCSS) or named saved system (NSS) the guest uses; it must exist identically on a relocation destination [U].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.SegmentUse#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.SegmentUse#getKind <em>Kind</em>}</li>
 *   <li>{@link ssiplan.model.SegmentUse#getPageType <em>Page Type</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getSegmentUse()
 * @model
 * @generated
 */
public interface SegmentUse extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getSegmentUse_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.SegmentUse#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.SegmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see ssiplan.model.SegmentKind
	 * @see #setKind(SegmentKind)
	 * @see ssiplan.model.SsiplanPackage#getSegmentUse_Kind()
	 * @model
	 * @generated
	 */
	SegmentKind getKind();

	/**
	 * Sets the value of the '{@link ssiplan.model.SegmentUse#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see ssiplan.model.SegmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SegmentKind value);

	/**
	 * Returns the value of the '<em><b>Page Type</b></em>' attribute.
	 * The default value is <code>"SR"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.SegmentPageType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Type</em>' attribute.
	 * @see ssiplan.model.SegmentPageType
	 * @see #setPageType(SegmentPageType)
	 * @see ssiplan.model.SsiplanPackage#getSegmentUse_PageType()
	 * @model default="SR"
	 * @generated
	 */
	SegmentPageType getPageType();

	/**
	 * Sets the value of the '{@link ssiplan.model.SegmentUse#getPageType <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Type</em>' attribute.
	 * @see ssiplan.model.SegmentPageType
	 * @see #getPageType()
	 * @generated
	 */
	void setPageType(SegmentPageType value);

} // SegmentUse
