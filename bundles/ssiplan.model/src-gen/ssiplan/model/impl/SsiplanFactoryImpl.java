/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import ssiplan.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SsiplanFactoryImpl extends EFactoryImpl implements SsiplanFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SsiplanFactory init() {
		try {
			SsiplanFactory theSsiplanFactory = (SsiplanFactory)EPackage.Registry.INSTANCE.getEFactory(SsiplanPackage.eNS_URI);
			if (theSsiplanFactory != null) {
				return theSsiplanFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SsiplanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SsiplanFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SsiplanPackage.INSTALLATION: return createInstallation();
			case SsiplanPackage.PLANNING_SETTINGS: return createPlanningSettings();
			case SsiplanPackage.RELEASE_LIMIT: return createReleaseLimit();
			case SsiplanPackage.CEC: return createCec();
			case SsiplanPackage.CHANNEL_PATH: return createChannelPath();
			case SsiplanPackage.LPAR: return createLpar();
			case SsiplanPackage.SSI_CLUSTER: return createSsiCluster();
			case SsiplanPackage.MEMBER: return createMember();
			case SsiplanPackage.CP_OWNED_SLOT: return createCpOwnedSlot();
			case SsiplanPackage.SYSTEM_RESIDENCE: return createSystemResidence();
			case SsiplanPackage.CONFIG_STATEMENT: return createConfigStatement();
			case SsiplanPackage.DASD_VOLUME: return createDasdVolume();
			case SsiplanPackage.DEVICE_NUMBER: return createDeviceNumber();
			case SsiplanPackage.ISFC_LINK: return createIsfcLink();
			case SsiplanPackage.CTC_CONNECTION: return createCtcConnection();
			case SsiplanPackage.OSA_DEVICE: return createOsaDevice();
			case SsiplanPackage.FCP_DEVICE: return createFcpDevice();
			case SsiplanPackage.HIPER_SOCKETS_DEVICE: return createHiperSocketsDevice();
			case SsiplanPackage.VIRTUAL_SWITCH: return createVirtualSwitch();
			case SsiplanPackage.VSWITCH_UPLINK: return createVswitchUplink();
			case SsiplanPackage.RELOCATION_DOMAIN: return createRelocationDomain();
			case SsiplanPackage.PROFILE: return createProfile();
			case SsiplanPackage.USER_ENTRY: return createUserEntry();
			case SsiplanPackage.IDENTITY_ENTRY: return createIdentityEntry();
			case SsiplanPackage.SUBCONFIG: return createSubconfig();
			case SsiplanPackage.MINIDISK: return createMinidisk();
			case SsiplanPackage.MINIDISK_LINK: return createMinidiskLink();
			case SsiplanPackage.NIC_DEF: return createNicDef();
			case SsiplanPackage.DEDICATED_DEVICE: return createDedicatedDevice();
			case SsiplanPackage.SEGMENT_USE: return createSegmentUse();
			case SsiplanPackage.CRYPTO: return createCrypto();
			case SsiplanPackage.WORKLOAD_PROFILE: return createWorkloadProfile();
			case SsiplanPackage.MAINTENANCE_ROLLOUT: return createMaintenanceRollout();
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE: return createUtilityLparMaintenance();
			case SsiplanPackage.PROCESSOR_MIGRATION: return createProcessorMigration();
			case SsiplanPackage.DISASTER_RECOVERY: return createDisasterRecovery();
			case SsiplanPackage.MEMBER_FAILURE: return createMemberFailure();
			case SsiplanPackage.REBALANCE: return createRebalance();
			case SsiplanPackage.OPERATOR_SCRIPT: return createOperatorScript();
			case SsiplanPackage.OPERATOR_STEP: return createOperatorStep();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SsiplanPackage.MACHINE_TYPE:
				return createMachineTypeFromString(eDataType, initialValue);
			case SsiplanPackage.CHANNEL_PATH_TYPE:
				return createChannelPathTypeFromString(eDataType, initialValue);
			case SsiplanPackage.FICON_SPEED:
				return createFiconSpeedFromString(eDataType, initialValue);
			case SsiplanPackage.PROCESSOR_TYPE:
				return createProcessorTypeFromString(eDataType, initialValue);
			case SsiplanPackage.ZVM_RELEASE:
				return createZvmReleaseFromString(eDataType, initialValue);
			case SsiplanPackage.MEMBER_STATE:
				return createMemberStateFromString(eDataType, initialValue);
			case SsiplanPackage.DASD_DEVICE_TYPE:
				return createDasdDeviceTypeFromString(eDataType, initialValue);
			case SsiplanPackage.VOLUME_USE:
				return createVolumeUseFromString(eDataType, initialValue);
			case SsiplanPackage.VSWITCH_TYPE:
				return createVswitchTypeFromString(eDataType, initialValue);
			case SsiplanPackage.VSWITCH_TRANSPORT:
				return createVswitchTransportFromString(eDataType, initialValue);
			case SsiplanPackage.VLAN_MODE:
				return createVlanModeFromString(eDataType, initialValue);
			case SsiplanPackage.PORT_ASSIGNMENT:
				return createPortAssignmentFromString(eDataType, initialValue);
			case SsiplanPackage.GUEST_OS:
				return createGuestOsFromString(eDataType, initialValue);
			case SsiplanPackage.MINIDISK_KIND:
				return createMinidiskKindFromString(eDataType, initialValue);
			case SsiplanPackage.ACCESS_MODE:
				return createAccessModeFromString(eDataType, initialValue);
			case SsiplanPackage.NIC_TYPE:
				return createNicTypeFromString(eDataType, initialValue);
			case SsiplanPackage.SEGMENT_KIND:
				return createSegmentKindFromString(eDataType, initialValue);
			case SsiplanPackage.SEGMENT_PAGE_TYPE:
				return createSegmentPageTypeFromString(eDataType, initialValue);
			case SsiplanPackage.CRYPTO_MODE:
				return createCryptoModeFromString(eDataType, initialValue);
			case SsiplanPackage.RESIDENCE_UNIT:
				return createResidenceUnitFromString(eDataType, initialValue);
			case SsiplanPackage.FAILURE_KIND:
				return createFailureKindFromString(eDataType, initialValue);
			case SsiplanPackage.OPERATOR_ACTION:
				return createOperatorActionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SsiplanPackage.MACHINE_TYPE:
				return convertMachineTypeToString(eDataType, instanceValue);
			case SsiplanPackage.CHANNEL_PATH_TYPE:
				return convertChannelPathTypeToString(eDataType, instanceValue);
			case SsiplanPackage.FICON_SPEED:
				return convertFiconSpeedToString(eDataType, instanceValue);
			case SsiplanPackage.PROCESSOR_TYPE:
				return convertProcessorTypeToString(eDataType, instanceValue);
			case SsiplanPackage.ZVM_RELEASE:
				return convertZvmReleaseToString(eDataType, instanceValue);
			case SsiplanPackage.MEMBER_STATE:
				return convertMemberStateToString(eDataType, instanceValue);
			case SsiplanPackage.DASD_DEVICE_TYPE:
				return convertDasdDeviceTypeToString(eDataType, instanceValue);
			case SsiplanPackage.VOLUME_USE:
				return convertVolumeUseToString(eDataType, instanceValue);
			case SsiplanPackage.VSWITCH_TYPE:
				return convertVswitchTypeToString(eDataType, instanceValue);
			case SsiplanPackage.VSWITCH_TRANSPORT:
				return convertVswitchTransportToString(eDataType, instanceValue);
			case SsiplanPackage.VLAN_MODE:
				return convertVlanModeToString(eDataType, instanceValue);
			case SsiplanPackage.PORT_ASSIGNMENT:
				return convertPortAssignmentToString(eDataType, instanceValue);
			case SsiplanPackage.GUEST_OS:
				return convertGuestOsToString(eDataType, instanceValue);
			case SsiplanPackage.MINIDISK_KIND:
				return convertMinidiskKindToString(eDataType, instanceValue);
			case SsiplanPackage.ACCESS_MODE:
				return convertAccessModeToString(eDataType, instanceValue);
			case SsiplanPackage.NIC_TYPE:
				return convertNicTypeToString(eDataType, instanceValue);
			case SsiplanPackage.SEGMENT_KIND:
				return convertSegmentKindToString(eDataType, instanceValue);
			case SsiplanPackage.SEGMENT_PAGE_TYPE:
				return convertSegmentPageTypeToString(eDataType, instanceValue);
			case SsiplanPackage.CRYPTO_MODE:
				return convertCryptoModeToString(eDataType, instanceValue);
			case SsiplanPackage.RESIDENCE_UNIT:
				return convertResidenceUnitToString(eDataType, instanceValue);
			case SsiplanPackage.FAILURE_KIND:
				return convertFailureKindToString(eDataType, instanceValue);
			case SsiplanPackage.OPERATOR_ACTION:
				return convertOperatorActionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Installation createInstallation() {
		InstallationImpl installation = new InstallationImpl();
		return installation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningSettings createPlanningSettings() {
		PlanningSettingsImpl planningSettings = new PlanningSettingsImpl();
		return planningSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReleaseLimit createReleaseLimit() {
		ReleaseLimitImpl releaseLimit = new ReleaseLimitImpl();
		return releaseLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cec createCec() {
		CecImpl cec = new CecImpl();
		return cec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPath createChannelPath() {
		ChannelPathImpl channelPath = new ChannelPathImpl();
		return channelPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lpar createLpar() {
		LparImpl lpar = new LparImpl();
		return lpar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SsiCluster createSsiCluster() {
		SsiClusterImpl ssiCluster = new SsiClusterImpl();
		return ssiCluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member createMember() {
		MemberImpl member = new MemberImpl();
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpOwnedSlot createCpOwnedSlot() {
		CpOwnedSlotImpl cpOwnedSlot = new CpOwnedSlotImpl();
		return cpOwnedSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemResidence createSystemResidence() {
		SystemResidenceImpl systemResidence = new SystemResidenceImpl();
		return systemResidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigStatement createConfigStatement() {
		ConfigStatementImpl configStatement = new ConfigStatementImpl();
		return configStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume createDasdVolume() {
		DasdVolumeImpl dasdVolume = new DasdVolumeImpl();
		return dasdVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceNumber createDeviceNumber() {
		DeviceNumberImpl deviceNumber = new DeviceNumberImpl();
		return deviceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IsfcLink createIsfcLink() {
		IsfcLinkImpl isfcLink = new IsfcLinkImpl();
		return isfcLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CtcConnection createCtcConnection() {
		CtcConnectionImpl ctcConnection = new CtcConnectionImpl();
		return ctcConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsaDevice createOsaDevice() {
		OsaDeviceImpl osaDevice = new OsaDeviceImpl();
		return osaDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FcpDevice createFcpDevice() {
		FcpDeviceImpl fcpDevice = new FcpDeviceImpl();
		return fcpDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HiperSocketsDevice createHiperSocketsDevice() {
		HiperSocketsDeviceImpl hiperSocketsDevice = new HiperSocketsDeviceImpl();
		return hiperSocketsDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualSwitch createVirtualSwitch() {
		VirtualSwitchImpl virtualSwitch = new VirtualSwitchImpl();
		return virtualSwitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VswitchUplink createVswitchUplink() {
		VswitchUplinkImpl vswitchUplink = new VswitchUplinkImpl();
		return vswitchUplink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelocationDomain createRelocationDomain() {
		RelocationDomainImpl relocationDomain = new RelocationDomainImpl();
		return relocationDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Profile createProfile() {
		ProfileImpl profile = new ProfileImpl();
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserEntry createUserEntry() {
		UserEntryImpl userEntry = new UserEntryImpl();
		return userEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityEntry createIdentityEntry() {
		IdentityEntryImpl identityEntry = new IdentityEntryImpl();
		return identityEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subconfig createSubconfig() {
		SubconfigImpl subconfig = new SubconfigImpl();
		return subconfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Minidisk createMinidisk() {
		MinidiskImpl minidisk = new MinidiskImpl();
		return minidisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MinidiskLink createMinidiskLink() {
		MinidiskLinkImpl minidiskLink = new MinidiskLinkImpl();
		return minidiskLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NicDef createNicDef() {
		NicDefImpl nicDef = new NicDefImpl();
		return nicDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DedicatedDevice createDedicatedDevice() {
		DedicatedDeviceImpl dedicatedDevice = new DedicatedDeviceImpl();
		return dedicatedDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentUse createSegmentUse() {
		SegmentUseImpl segmentUse = new SegmentUseImpl();
		return segmentUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Crypto createCrypto() {
		CryptoImpl crypto = new CryptoImpl();
		return crypto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadProfile createWorkloadProfile() {
		WorkloadProfileImpl workloadProfile = new WorkloadProfileImpl();
		return workloadProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaintenanceRollout createMaintenanceRollout() {
		MaintenanceRolloutImpl maintenanceRollout = new MaintenanceRolloutImpl();
		return maintenanceRollout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UtilityLparMaintenance createUtilityLparMaintenance() {
		UtilityLparMaintenanceImpl utilityLparMaintenance = new UtilityLparMaintenanceImpl();
		return utilityLparMaintenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessorMigration createProcessorMigration() {
		ProcessorMigrationImpl processorMigration = new ProcessorMigrationImpl();
		return processorMigration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisasterRecovery createDisasterRecovery() {
		DisasterRecoveryImpl disasterRecovery = new DisasterRecoveryImpl();
		return disasterRecovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberFailure createMemberFailure() {
		MemberFailureImpl memberFailure = new MemberFailureImpl();
		return memberFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rebalance createRebalance() {
		RebalanceImpl rebalance = new RebalanceImpl();
		return rebalance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatorScript createOperatorScript() {
		OperatorScriptImpl operatorScript = new OperatorScriptImpl();
		return operatorScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatorStep createOperatorStep() {
		OperatorStepImpl operatorStep = new OperatorStepImpl();
		return operatorStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MachineType createMachineTypeFromString(EDataType eDataType, String initialValue) {
		MachineType result = MachineType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMachineTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPathType createChannelPathTypeFromString(EDataType eDataType, String initialValue) {
		ChannelPathType result = ChannelPathType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelPathTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FiconSpeed createFiconSpeedFromString(EDataType eDataType, String initialValue) {
		FiconSpeed result = FiconSpeed.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFiconSpeedToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessorType createProcessorTypeFromString(EDataType eDataType, String initialValue) {
		ProcessorType result = ProcessorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProcessorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZvmRelease createZvmReleaseFromString(EDataType eDataType, String initialValue) {
		ZvmRelease result = ZvmRelease.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZvmReleaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemberState createMemberStateFromString(EDataType eDataType, String initialValue) {
		MemberState result = MemberState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemberStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdDeviceType createDasdDeviceTypeFromString(EDataType eDataType, String initialValue) {
		DasdDeviceType result = DasdDeviceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDasdDeviceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VolumeUse createVolumeUseFromString(EDataType eDataType, String initialValue) {
		VolumeUse result = VolumeUse.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVolumeUseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VswitchType createVswitchTypeFromString(EDataType eDataType, String initialValue) {
		VswitchType result = VswitchType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVswitchTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VswitchTransport createVswitchTransportFromString(EDataType eDataType, String initialValue) {
		VswitchTransport result = VswitchTransport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVswitchTransportToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VlanMode createVlanModeFromString(EDataType eDataType, String initialValue) {
		VlanMode result = VlanMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVlanModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortAssignment createPortAssignmentFromString(EDataType eDataType, String initialValue) {
		PortAssignment result = PortAssignment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortAssignmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestOs createGuestOsFromString(EDataType eDataType, String initialValue) {
		GuestOs result = GuestOs.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuestOsToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MinidiskKind createMinidiskKindFromString(EDataType eDataType, String initialValue) {
		MinidiskKind result = MinidiskKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMinidiskKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessMode createAccessModeFromString(EDataType eDataType, String initialValue) {
		AccessMode result = AccessMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NicType createNicTypeFromString(EDataType eDataType, String initialValue) {
		NicType result = NicType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNicTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentKind createSegmentKindFromString(EDataType eDataType, String initialValue) {
		SegmentKind result = SegmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentPageType createSegmentPageTypeFromString(EDataType eDataType, String initialValue) {
		SegmentPageType result = SegmentPageType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentPageTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CryptoMode createCryptoModeFromString(EDataType eDataType, String initialValue) {
		CryptoMode result = CryptoMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCryptoModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResidenceUnit createResidenceUnitFromString(EDataType eDataType, String initialValue) {
		ResidenceUnit result = ResidenceUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResidenceUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureKind createFailureKindFromString(EDataType eDataType, String initialValue) {
		FailureKind result = FailureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperatorAction createOperatorActionFromString(EDataType eDataType, String initialValue) {
		OperatorAction result = OperatorAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperatorActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SsiplanPackage getSsiplanPackage() {
		return (SsiplanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SsiplanPackage getPackage() {
		return SsiplanPackage.eINSTANCE;
	}

} //SsiplanFactoryImpl
