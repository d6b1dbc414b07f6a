/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operator Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One operator action of a script. Which of guest, member, otherMember, serviceLevel, cec and machineType matter depends on the action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.OperatorStep#getAction <em>Action</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getAtSeconds <em>At Seconds</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#isWaitForPrevious <em>Wait For Previous</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getGuest <em>Guest</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getOtherMember <em>Other Member</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getServiceLevel <em>Service Level</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getCec <em>Cec</em>}</li>
 *   <li>{@link ssiplan.model.OperatorStep#getMachineType <em>Machine Type</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getOperatorStep()
 * @model
 * @generated
 */
public interface OperatorStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.OperatorAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the operator does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see ssiplan.model.OperatorAction
	 * @see #setAction(OperatorAction)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_Action()
	 * @model
	 * @generated
	 */
	OperatorAction getAction();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see ssiplan.model.OperatorAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(OperatorAction value);

	/**
	 * Returns the value of the '<em><b>At Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is entered (seconds from the start); with waitForPrevious it is a delay after the previous step ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At Seconds</em>' attribute.
	 * @see #setAtSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_AtSeconds()
	 * @model default="0"
	 * @generated
	 */
	double getAtSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getAtSeconds <em>At Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Seconds</em>' attribute.
	 * @see #getAtSeconds()
	 * @generated
	 */
	void setAtSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Wait For Previous</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enter it only once the previous step has ended (relocation done, member joined or down...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wait For Previous</em>' attribute.
	 * @see #setWaitForPrevious(boolean)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_WaitForPrevious()
	 * @model default="true"
	 * @generated
	 */
	boolean isWaitForPrevious();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#isWaitForPrevious <em>Wait For Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wait For Previous</em>' attribute.
	 * @see #isWaitForPrevious()
	 * @generated
	 */
	void setWaitForPrevious(boolean value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest (RELOCATE, LOGOFF, LOGON, STATIC_MOVE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest</em>' reference.
	 * @see #setGuest(VirtualMachine)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_Guest()
	 * @model
	 * @generated
	 */
	VirtualMachine getGuest();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getGuest <em>Guest</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' reference.
	 * @see #getGuest()
	 * @generated
	 */
	void setGuest(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member acted on, or the destination of RELOCATE/LOGON/STATIC_MOVE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

	/**
	 * Returns the value of the '<em><b>Other Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end of the ISFC link (LINK_DOWN, LINK_UP).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Member</em>' reference.
	 * @see #setOtherMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_OtherMember()
	 * @model
	 * @generated
	 */
	Member getOtherMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getOtherMember <em>Other Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Member</em>' reference.
	 * @see #getOtherMember()
	 * @generated
	 */
	void setOtherMember(Member value);

	/**
	 * Returns the value of the '<em><b>Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP level for IPL (empty keeps the member's level).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Level</em>' attribute.
	 * @see #setServiceLevel(String)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_ServiceLevel()
	 * @model
	 * @generated
	 */
	String getServiceLevel();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getServiceLevel <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Level</em>' attribute.
	 * @see #getServiceLevel()
	 * @generated
	 */
	void setServiceLevel(String value);

	/**
	 * Returns the value of the '<em><b>Cec</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CEC replaced by REPLACE_CEC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cec</em>' reference.
	 * @see #setCec(Cec)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_Cec()
	 * @model
	 * @generated
	 */
	Cec getCec();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getCec <em>Cec</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cec</em>' reference.
	 * @see #getCec()
	 * @generated
	 */
	void setCec(Cec value);

	/**
	 * Returns the value of the '<em><b>Machine Type</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.MachineType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new machine type for REPLACE_CEC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #setMachineType(MachineType)
	 * @see ssiplan.model.SsiplanPackage#getOperatorStep_MachineType()
	 * @model
	 * @generated
	 */
	MachineType getMachineType();

	/**
	 * Sets the value of the '{@link ssiplan.model.OperatorStep#getMachineType <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #getMachineType()
	 * @generated
	 */
	void setMachineType(MachineType value);

} // OperatorStep
