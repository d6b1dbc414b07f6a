/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Release Limit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many members an SSI cluster may have at one z/VM release.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.ReleaseLimit#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.ReleaseLimit#getMaxMembers <em>Max Members</em>}</li>
 *   <li>{@link ssiplan.model.ReleaseLimit#isConfirmed <em>Confirmed</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getReleaseLimit()
 * @model
 * @generated
 */
public interface ReleaseLimit extends EObject {
	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.ZvmRelease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #setRelease(ZvmRelease)
	 * @see ssiplan.model.SsiplanPackage#getReleaseLimit_Release()
	 * @model
	 * @generated
	 */
	ZvmRelease getRelease();

	/**
	 * Sets the value of the '{@link ssiplan.model.ReleaseLimit#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(ZvmRelease value);

	/**
	 * Returns the value of the '<em><b>Max Members</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Members</em>' attribute.
	 * @see #setMaxMembers(int)
	 * @see ssiplan.model.SsiplanPackage#getReleaseLimit_MaxMembers()
	 * @model default="4"
	 * @generated
	 */
	int getMaxMembers();

	/**
	 * Sets the value of the '{@link ssiplan.model.ReleaseLimit#getMaxMembers <em>Max Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Members</em>' attribute.
	 * @see #getMaxMembers()
	 * @generated
	 */
	void setMaxMembers(int value);

	/**
	 * Returns the value of the '<em><b>Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the limit was confirmed in IBM documentation [C]; false for recalled or inferred limits [U].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed</em>' attribute.
	 * @see #setConfirmed(boolean)
	 * @see ssiplan.model.SsiplanPackage#getReleaseLimit_Confirmed()
	 * @model
	 * @generated
	 */
	boolean isConfirmed();

	/**
	 * Sets the value of the '{@link ssiplan.model.ReleaseLimit#isConfirmed <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed</em>' attribute.
	 * @see #isConfirmed()
	 * @generated
	 */
	void setConfirmed(boolean value);

} // ReleaseLimit
