/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A single-configuration virtual machine (USER): one instance that may log on to any member; only these can be relocated [U, high confidence].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.UserEntry#getHomeMember <em>Home Member</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getUserEntry()
 * @model
 * @generated
 */
public interface UserEntry extends VirtualMachine {
	/**
	 * Returns the value of the '<em><b>Home Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member it is logged on to when the plan starts; none = logged off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Member</em>' reference.
	 * @see #setHomeMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getUserEntry_HomeMember()
	 * @model
	 * @generated
	 */
	Member getHomeMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.UserEntry#getHomeMember <em>Home Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Member</em>' reference.
	 * @see #getHomeMember()
	 * @generated
	 */
	void setHomeMember(Member value);

} // UserEntry
