/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subconfig</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A SUBCONFIG: the member-specific part of an IDENTITY (BUILD ON member USING SUBCONFIG id).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Subconfig#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Subconfig#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.Subconfig#isLoggedOn <em>Logged On</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getSubconfig()
 * @model
 * @generated
 */
public interface Subconfig extends DirectoryEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-8 characters, not equal to any USER/IDENTITY name [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getSubconfig_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Subconfig#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getSubconfig_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.Subconfig#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

	/**
	 * Returns the value of the '<em><b>Logged On</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this member's instance is logged on when the plan starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logged On</em>' attribute.
	 * @see #setLoggedOn(boolean)
	 * @see ssiplan.model.SsiplanPackage#getSubconfig_LoggedOn()
	 * @model default="true"
	 * @generated
	 */
	boolean isLoggedOn();

	/**
	 * Sets the value of the '{@link ssiplan.model.Subconfig#isLoggedOn <em>Logged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logged On</em>' attribute.
	 * @see #isLoggedOn()
	 * @generated
	 */
	void setLoggedOn(boolean value);

} // Subconfig
