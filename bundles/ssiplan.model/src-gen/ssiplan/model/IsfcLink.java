/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Isfc Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ISFC logical link between two members, made of 1-16 FICON CTC devices [C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.IsfcLink#getMemberA <em>Member A</em>}</li>
 *   <li>{@link ssiplan.model.IsfcLink#getMemberB <em>Member B</em>}</li>
 *   <li>{@link ssiplan.model.IsfcLink#getCtcConnections <em>Ctc Connections</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getIsfcLink()
 * @model
 * @generated
 */
public interface IsfcLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Member A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member A</em>' reference.
	 * @see #setMemberA(Member)
	 * @see ssiplan.model.SsiplanPackage#getIsfcLink_MemberA()
	 * @model
	 * @generated
	 */
	Member getMemberA();

	/**
	 * Sets the value of the '{@link ssiplan.model.IsfcLink#getMemberA <em>Member A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member A</em>' reference.
	 * @see #getMemberA()
	 * @generated
	 */
	void setMemberA(Member value);

	/**
	 * Returns the value of the '<em><b>Member B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member B</em>' reference.
	 * @see #setMemberB(Member)
	 * @see ssiplan.model.SsiplanPackage#getIsfcLink_MemberB()
	 * @model
	 * @generated
	 */
	Member getMemberB();

	/**
	 * Sets the value of the '{@link ssiplan.model.IsfcLink#getMemberB <em>Member B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member B</em>' reference.
	 * @see #getMemberB()
	 * @generated
	 */
	void setMemberB(Member value);

	/**
	 * Returns the value of the '<em><b>Ctc Connections</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.CtcConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ctc Connections</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getIsfcLink_CtcConnections()
	 * @model containment="true" required="true" upper="16"
	 * @generated
	 */
	EList<CtcConnection> getCtcConnections();

} // IsfcLink
