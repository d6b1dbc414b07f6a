/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disaster Recovery</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Local disaster recovery: production members stop without warning, mirroring is severed, standby members IPL from the mirrored DASD and guests log on there in criticality order while capacity lasts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.DisasterRecovery#getFailedMembers <em>Failed Members</em>}</li>
 *   <li>{@link ssiplan.model.DisasterRecovery#getStandbyMembers <em>Standby Members</em>}</li>
 *   <li>{@link ssiplan.model.DisasterRecovery#getSeverMirroringSeconds <em>Sever Mirroring Seconds</em>}</li>
 *   <li>{@link ssiplan.model.DisasterRecovery#getDeclareDownSeconds <em>Declare Down Seconds</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getDisasterRecovery()
 * @model
 * @generated
 */
public interface DisasterRecovery extends Scenario {
	/**
	 * Returns the value of the '<em><b>Failed Members</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Production members lost in the disaster; empty means every member that is up at the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failed Members</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getDisasterRecovery_FailedMembers()
	 * @model
	 * @generated
	 */
	EList<Member> getFailedMembers();

	/**
	 * Returns the value of the '<em><b>Standby Members</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members IPLed at the recovery site; empty means every member that is down at the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standby Members</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getDisasterRecovery_StandbyMembers()
	 * @model
	 * @generated
	 */
	EList<Member> getStandbyMembers();

	/**
	 * Returns the value of the '<em><b>Sever Mirroring Seconds</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to sever DASD mirroring (make the secondary volumes writable) before the standby members can IPL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sever Mirroring Seconds</em>' attribute.
	 * @see #setSeverMirroringSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getDisasterRecovery_SeverMirroringSeconds()
	 * @model default="300"
	 * @generated
	 */
	double getSeverMirroringSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.DisasterRecovery#getSeverMirroringSeconds <em>Sever Mirroring Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sever Mirroring Seconds</em>' attribute.
	 * @see #getSeverMirroringSeconds()
	 * @generated
	 */
	void setSeverMirroringSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Declare Down Seconds</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time after the failure at which the operator confirms the production members are down.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declare Down Seconds</em>' attribute.
	 * @see #setDeclareDownSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getDisasterRecovery_DeclareDownSeconds()
	 * @model default="120"
	 * @generated
	 */
	double getDeclareDownSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.DisasterRecovery#getDeclareDownSeconds <em>Declare Down Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declare Down Seconds</em>' attribute.
	 * @see #getDeclareDownSeconds()
	 * @generated
	 */
	void setDeclareDownSeconds(double value);

} // DisasterRecovery
