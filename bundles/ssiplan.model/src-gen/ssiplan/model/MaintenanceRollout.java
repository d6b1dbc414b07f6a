/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maintenance Rollout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Planned outage for service: for each member in turn evacuate its guests, SHUTDOWN, IPL at the new service level, rejoin, optionally move the guests back. Members run mixed service levels meanwhile.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.MaintenanceRollout#getMemberOrder <em>Member Order</em>}</li>
 *   <li>{@link ssiplan.model.MaintenanceRollout#getTargetServiceLevel <em>Target Service Level</em>}</li>
 *   <li>{@link ssiplan.model.MaintenanceRollout#isMoveGuestsBack <em>Move Guests Back</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getMaintenanceRollout()
 * @model
 * @generated
 */
public interface MaintenanceRollout extends Scenario {
	/**
	 * Returns the value of the '<em><b>Member Order</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members in the order they are serviced; empty means every member in slot order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Order</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getMaintenanceRollout_MemberOrder()
	 * @model
	 * @generated
	 */
	EList<Member> getMemberOrder();

	/**
	 * Returns the value of the '<em><b>Target Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP level the members are IPLed at, e.g. 7.3+2401 (release + RSU/service number).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Service Level</em>' attribute.
	 * @see #setTargetServiceLevel(String)
	 * @see ssiplan.model.SsiplanPackage#getMaintenanceRollout_TargetServiceLevel()
	 * @model
	 * @generated
	 */
	String getTargetServiceLevel();

	/**
	 * Sets the value of the '{@link ssiplan.model.MaintenanceRollout#getTargetServiceLevel <em>Target Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Service Level</em>' attribute.
	 * @see #getTargetServiceLevel()
	 * @generated
	 */
	void setTargetServiceLevel(String value);

	/**
	 * Returns the value of the '<em><b>Move Guests Back</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relocate the evacuated guests back to their home member once it has rejoined.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Move Guests Back</em>' attribute.
	 * @see #setMoveGuestsBack(boolean)
	 * @see ssiplan.model.SsiplanPackage#getMaintenanceRollout_MoveGuestsBack()
	 * @model default="true"
	 * @generated
	 */
	boolean isMoveGuestsBack();

	/**
	 * Sets the value of the '{@link ssiplan.model.MaintenanceRollout#isMoveGuestsBack <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Move Guests Back</em>' attribute.
	 * @see #isMoveGuestsBack()
	 * @generated
	 */
	void setMoveGuestsBack(boolean value);

} // MaintenanceRollout
