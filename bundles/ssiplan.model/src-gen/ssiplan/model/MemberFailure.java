/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Unplanned loss of a member: the cluster goes to SAFE mode (for a stop or lost ISFC), the operator declares it down, its guests are restarted elsewhere.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.MemberFailure#getFailedMember <em>Failed Member</em>}</li>
 *   <li>{@link ssiplan.model.MemberFailure#getFailure <em>Failure</em>}</li>
 *   <li>{@link ssiplan.model.MemberFailure#getDeclareDownSeconds <em>Declare Down Seconds</em>}</li>
 *   <li>{@link ssiplan.model.MemberFailure#isRestartGuests <em>Restart Guests</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getMemberFailure()
 * @model
 * @generated
 */
public interface MemberFailure extends Scenario {
	/**
	 * Returns the value of the '<em><b>Failed Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member that fails.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failed Member</em>' reference.
	 * @see #setFailedMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getMemberFailure_FailedMember()
	 * @model
	 * @generated
	 */
	Member getFailedMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.MemberFailure#getFailedMember <em>Failed Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Member</em>' reference.
	 * @see #getFailedMember()
	 * @generated
	 */
	void setFailedMember(Member value);

	/**
	 * Returns the value of the '<em><b>Failure</b></em>' attribute.
	 * The default value is <code>"STOP"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.FailureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it fails.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure</em>' attribute.
	 * @see ssiplan.model.FailureKind
	 * @see #setFailure(FailureKind)
	 * @see ssiplan.model.SsiplanPackage#getMemberFailure_Failure()
	 * @model default="STOP"
	 * @generated
	 */
	FailureKind getFailure();

	/**
	 * Sets the value of the '{@link ssiplan.model.MemberFailure#getFailure <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure</em>' attribute.
	 * @see ssiplan.model.FailureKind
	 * @see #getFailure()
	 * @generated
	 */
	void setFailure(FailureKind value);

	/**
	 * Returns the value of the '<em><b>Declare Down Seconds</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time after the failure at which the operator declares the member down (only once its PDR heartbeat is overdue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declare Down Seconds</em>' attribute.
	 * @see #setDeclareDownSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getMemberFailure_DeclareDownSeconds()
	 * @model default="120"
	 * @generated
	 */
	double getDeclareDownSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.MemberFailure#getDeclareDownSeconds <em>Declare Down Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declare Down Seconds</em>' attribute.
	 * @see #getDeclareDownSeconds()
	 * @generated
	 */
	void setDeclareDownSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Restart Guests</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Log the failed member's guests on elsewhere once allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Restart Guests</em>' attribute.
	 * @see #setRestartGuests(boolean)
	 * @see ssiplan.model.SsiplanPackage#getMemberFailure_RestartGuests()
	 * @model default="true"
	 * @generated
	 */
	boolean isRestartGuests();

	/**
	 * Sets the value of the '{@link ssiplan.model.MemberFailure#isRestartGuests <em>Restart Guests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Guests</em>' attribute.
	 * @see #isRestartGuests()
	 * @generated
	 */
	void setRestartGuests(boolean value);

} // MemberFailure
