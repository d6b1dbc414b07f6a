/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage
 * @generated
 */
public interface SsiplanFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SsiplanFactory eINSTANCE = ssiplan.model.impl.SsiplanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Installation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Installation</em>'.
	 * @generated
	 */
	Installation createInstallation();

	/**
	 * Returns a new object of class '<em>Planning Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Settings</em>'.
	 * @generated
	 */
	PlanningSettings createPlanningSettings();

	/**
	 * Returns a new object of class '<em>Release Limit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Release Limit</em>'.
	 * @generated
	 */
	ReleaseLimit createReleaseLimit();

	/**
	 * Returns a new object of class '<em>Cec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cec</em>'.
	 * @generated
	 */
	Cec createCec();

	/**
	 * Returns a new object of class '<em>Channel Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel Path</em>'.
	 * @generated
	 */
	ChannelPath createChannelPath();

	/**
	 * Returns a new object of class '<em>Lpar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lpar</em>'.
	 * @generated
	 */
	Lpar createLpar();

	/**
	 * Returns a new object of class '<em>Ssi Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ssi Cluster</em>'.
	 * @generated
	 */
	SsiCluster createSsiCluster();

	/**
	 * Returns a new object of class '<em>Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Member</em>'.
	 * @generated
	 */
	Member createMember();

	/**
	 * Returns a new object of class '<em>Cp Owned Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cp Owned Slot</em>'.
	 * @generated
	 */
	CpOwnedSlot createCpOwnedSlot();

	/**
	 * Returns a new object of class '<em>System Residence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System Residence</em>'.
	 * @generated
	 */
	SystemResidence createSystemResidence();

	/**
	 * Returns a new object of class '<em>Config Statement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config Statement</em>'.
	 * @generated
	 */
	ConfigStatement createConfigStatement();

	/**
	 * Returns a new object of class '<em>Dasd Volume</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dasd Volume</em>'.
	 * @generated
	 */
	DasdVolume createDasdVolume();

	/**
	 * Returns a new object of class '<em>Device Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Number</em>'.
	 * @generated
	 */
	DeviceNumber createDeviceNumber();

	/**
	 * Returns a new object of class '<em>Isfc Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Isfc Link</em>'.
	 * @generated
	 */
	IsfcLink createIsfcLink();

	/**
	 * Returns a new object of class '<em>Ctc Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ctc Connection</em>'.
	 * @generated
	 */
	CtcConnection createCtcConnection();

	/**
	 * Returns a new object of class '<em>Osa Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Osa Device</em>'.
	 * @generated
	 */
	OsaDevice createOsaDevice();

	/**
	 * Returns a new object of class '<em>Fcp Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fcp Device</em>'.
	 * @generated
	 */
	FcpDevice createFcpDevice();

	/**
	 * Returns a new object of class '<em>Hiper Sockets Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hiper Sockets Device</em>'.
	 * @generated
	 */
	HiperSocketsDevice createHiperSocketsDevice();

	/**
	 * Returns a new object of class '<em>Virtual Switch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Switch</em>'.
	 * @generated
	 */
	VirtualSwitch createVirtualSwitch();

	/**
	 * Returns a new object of class '<em>Vswitch Uplink</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vswitch Uplink</em>'.
	 * @generated
	 */
	VswitchUplink createVswitchUplink();

	/**
	 * Returns a new object of class '<em>Relocation Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relocation Domain</em>'.
	 * @generated
	 */
	RelocationDomain createRelocationDomain();

	/**
	 * Returns a new object of class '<em>Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Profile</em>'.
	 * @generated
	 */
	Profile createProfile();

	/**
	 * Returns a new object of class '<em>User Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Entry</em>'.
	 * @generated
	 */
	UserEntry createUserEntry();

	/**
	 * Returns a new object of class '<em>Identity Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identity Entry</em>'.
	 * @generated
	 */
	IdentityEntry createIdentityEntry();

	/**
	 * Returns a new object of class '<em>Subconfig</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subconfig</em>'.
	 * @generated
	 */
	Subconfig createSubconfig();

	/**
	 * Returns a new object of class '<em>Minidisk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Minidisk</em>'.
	 * @generated
	 */
	Minidisk createMinidisk();

	/**
	 * Returns a new object of class '<em>Minidisk Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Minidisk Link</em>'.
	 * @generated
	 */
	MinidiskLink createMinidiskLink();

	/**
	 * Returns a new object of class '<em>Nic Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Nic Def</em>'.
	 * @generated
	 */
	NicDef createNicDef();

	/**
	 * Returns a new object of class '<em>Dedicated Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dedicated Device</em>'.
	 * @generated
	 */
	DedicatedDevice createDedicatedDevice();

	/**
	 * Returns a new object of class '<em>Segment Use</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment Use</em>'.
	 * @generated
	 */
	SegmentUse createSegmentUse();

	/**
	 * Returns a new object of class '<em>Crypto</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crypto</em>'.
	 * @generated
	 */
	Crypto createCrypto();

	/**
	 * Returns a new object of class '<em>Workload Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workload Profile</em>'.
	 * @generated
	 */
	WorkloadProfile createWorkloadProfile();

	/**
	 * Returns a new object of class '<em>Maintenance Rollout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maintenance Rollout</em>'.
	 * @generated
	 */
	MaintenanceRollout createMaintenanceRollout();

	/**
	 * Returns a new object of class '<em>Utility Lpar Maintenance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Utility Lpar Maintenance</em>'.
	 * @generated
	 */
	UtilityLparMaintenance createUtilityLparMaintenance();

	/**
	 * Returns a new object of class '<em>Processor Migration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Processor Migration</em>'.
	 * @generated
	 */
	ProcessorMigration createProcessorMigration();

	/**
	 * Returns a new object of class '<em>Disaster Recovery</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Disaster Recovery</em>'.
	 * @generated
	 */
	DisasterRecovery createDisasterRecovery();

	/**
	 * Returns a new object of class '<em>Member Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Member Failure</em>'.
	 * @generated
	 */
	MemberFailure createMemberFailure();

	/**
	 * Returns a new object of class '<em>Rebalance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rebalance</em>'.
	 * @generated
	 */
	Rebalance createRebalance();

	/**
	 * Returns a new object of class '<em>Operator Script</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operator Script</em>'.
	 * @generated
	 */
	OperatorScript createOperatorScript();

	/**
	 * Returns a new object of class '<em>Operator Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operator Step</em>'.
	 * @generated
	 */
	OperatorStep createOperatorStep();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SsiplanPackage getSsiplanPackage();

} //SsiplanFactory
