/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Processor Migration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Replace a CEC: its members evacuate, shut down, come up on the new machine; guests that keep running keep their old architecture level until re-IPLed, and the plan lists them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.ProcessorMigration#getReplacedCec <em>Replaced Cec</em>}</li>
 *   <li>{@link ssiplan.model.ProcessorMigration#getNewMachineType <em>New Machine Type</em>}</li>
 *   <li>{@link ssiplan.model.ProcessorMigration#isMoveGuestsBack <em>Move Guests Back</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getProcessorMigration()
 * @model
 * @generated
 */
public interface ProcessorMigration extends Scenario {
	/**
	 * Returns the value of the '<em><b>Replaced Cec</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CEC being replaced; its LPARs' members are evacuated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replaced Cec</em>' reference.
	 * @see #setReplacedCec(Cec)
	 * @see ssiplan.model.SsiplanPackage#getProcessorMigration_ReplacedCec()
	 * @model
	 * @generated
	 */
	Cec getReplacedCec();

	/**
	 * Sets the value of the '{@link ssiplan.model.ProcessorMigration#getReplacedCec <em>Replaced Cec</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced Cec</em>' reference.
	 * @see #getReplacedCec()
	 * @generated
	 */
	void setReplacedCec(Cec value);

	/**
	 * Returns the value of the '<em><b>New Machine Type</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.MachineType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machine type of the replacement CEC (decides the facilities its members offer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #setNewMachineType(MachineType)
	 * @see ssiplan.model.SsiplanPackage#getProcessorMigration_NewMachineType()
	 * @model
	 * @generated
	 */
	MachineType getNewMachineType();

	/**
	 * Sets the value of the '{@link ssiplan.model.ProcessorMigration#getNewMachineType <em>New Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #getNewMachineType()
	 * @generated
	 */
	void setNewMachineType(MachineType value);

	/**
	 * Returns the value of the '<em><b>Move Guests Back</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spread guests back onto the new CEC's members after they rejoin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Move Guests Back</em>' attribute.
	 * @see #setMoveGuestsBack(boolean)
	 * @see ssiplan.model.SsiplanPackage#getProcessorMigration_MoveGuestsBack()
	 * @model default="true"
	 * @generated
	 */
	boolean isMoveGuestsBack();

	/**
	 * Sets the value of the '{@link ssiplan.model.ProcessorMigration#isMoveGuestsBack <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Move Guests Back</em>' attribute.
	 * @see #isMoveGuestsBack()
	 * @generated
	 */
	void setMoveGuestsBack(boolean value);

} // ProcessorMigration
