/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.ConfigStatement;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.Crypto;
import ssiplan.model.CryptoMode;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.DisasterRecovery;
import ssiplan.model.FailureKind;
import ssiplan.model.FcpDevice;
import ssiplan.model.FiconSpeed;
import ssiplan.model.GuestOs;
import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.MaintenanceRollout;
import ssiplan.model.Member;
import ssiplan.model.MemberFailure;
import ssiplan.model.MemberState;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.OperatorAction;
import ssiplan.model.OperatorScript;
import ssiplan.model.OperatorStep;
import ssiplan.model.OsaDevice;
import ssiplan.model.PlanningSettings;
import ssiplan.model.PortAssignment;
import ssiplan.model.ProcessorMigration;
import ssiplan.model.ProcessorType;
import ssiplan.model.Profile;
import ssiplan.model.RealDevice;
import ssiplan.model.Rebalance;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.RelocationDomain;
import ssiplan.model.ResidenceUnit;
import ssiplan.model.Scenario;
import ssiplan.model.SegmentKind;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.Subconfig;
import ssiplan.model.SystemResidence;
import ssiplan.model.UserEntry;
import ssiplan.model.UtilityLparMaintenance;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.ZvmRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SsiplanPackageImpl extends EPackageImpl implements SsiplanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass installationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass releaseLimitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelPathEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lparEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ssiClusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cpOwnedSlotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemResidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configStatementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dasdVolumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceNumberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass isfcLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ctcConnectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass realDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osaDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fcpDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hiperSocketsDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualSwitchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vswitchUplinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relocationDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directoryEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualMachineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identityEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subconfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass minidiskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass minidiskLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nicDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dedicatedDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentUseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cryptoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maintenanceRolloutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass utilityLparMaintenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processorMigrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disasterRecoveryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rebalanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operatorScriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operatorStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum machineTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelPathTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ficonSpeedEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum processorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zvmReleaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum memberStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dasdDeviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum volumeUseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vswitchTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vswitchTransportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vlanModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum portAssignmentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guestOsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum minidiskKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nicTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum segmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum segmentPageTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cryptoModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum residenceUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum operatorActionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see ssiplan.model.SsiplanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SsiplanPackageImpl() {
		super(eNS_URI, SsiplanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SsiplanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SsiplanPackage init() {
		if (isInited) return (SsiplanPackage)EPackage.Registry.INSTANCE.getEPackage(SsiplanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSsiplanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SsiplanPackageImpl theSsiplanPackage = registeredSsiplanPackage instanceof SsiplanPackageImpl ? (SsiplanPackageImpl)registeredSsiplanPackage : new SsiplanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSsiplanPackage.createPackageContents();

		// Initialize created meta-data
		theSsiplanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSsiplanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SsiplanPackage.eNS_URI, theSsiplanPackage);
		return theSsiplanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstallation() {
		return installationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallation_Name() {
		return (EAttribute)installationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallation_Description() {
		return (EAttribute)installationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Cecs() {
		return (EReference)installationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_DasdVolumes() {
		return (EReference)installationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_RealDevices() {
		return (EReference)installationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Clusters() {
		return (EReference)installationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Settings() {
		return (EReference)installationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Scenarios() {
		return (EReference)installationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningSettings() {
		return planningSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningSettings_MemoryOvercommitLimit() {
		return (EAttribute)planningSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningSettings_PagingUseLimit() {
		return (EAttribute)planningSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningSettings_ReleaseLimits() {
		return (EReference)planningSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReleaseLimit() {
		return releaseLimitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReleaseLimit_Release() {
		return (EAttribute)releaseLimitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReleaseLimit_MaxMembers() {
		return (EAttribute)releaseLimitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReleaseLimit_Confirmed() {
		return (EAttribute)releaseLimitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCec() {
		return cecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_Name() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_MachineType() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_Serial() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_Site() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_MemoryGiB() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_CpCount() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCec_IflCount() {
		return (EAttribute)cecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCec_ChannelPaths() {
		return (EReference)cecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCec_Lpars() {
		return (EReference)cecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelPath() {
		return channelPathEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPath_Chpid() {
		return (EAttribute)channelPathEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPath_Type() {
		return (EAttribute)channelPathEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPath_Speed() {
		return (EAttribute)channelPathEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPath_Pchid() {
		return (EAttribute)channelPathEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLpar() {
		return lparEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLpar_Name() {
		return (EAttribute)lparEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLpar_MemoryGiB() {
		return (EAttribute)lparEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLpar_LogicalProcessors() {
		return (EAttribute)lparEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLpar_ProcessorType() {
		return (EAttribute)lparEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLpar_Member() {
		return (EReference)lparEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSsiCluster() {
		return ssiClusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSsiCluster_Name() {
		return (EAttribute)ssiClusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSsiCluster_Release() {
		return (EAttribute)ssiClusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_PdrVolume() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSsiCluster_UserPrefix() {
		return (EAttribute)ssiClusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_Members() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_IsfcLinks() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_VirtualSwitches() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_RelocationDomains() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_Profiles() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_VirtualMachines() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSsiCluster_ConfigStatements() {
		return (EReference)ssiClusterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSsiCluster_DirectoryStatements() {
		return (EAttribute)ssiClusterEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSsiCluster_OtherDirectoryEntries() {
		return (EAttribute)ssiClusterEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMember() {
		return memberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Name() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Slot() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Lpar() {
		return (EReference)memberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Release() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_ServiceLevel() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_MacPrefix() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_RealMemoryGiB() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_PagingCapacityGiB() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_InitialState() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_CpOwnedSlots() {
		return (EReference)memberEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_SystemResidence() {
		return (EReference)memberEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCpOwnedSlot() {
		return cpOwnedSlotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpOwnedSlot_Slot() {
		return (EAttribute)cpOwnedSlotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCpOwnedSlot_Volume() {
		return (EReference)cpOwnedSlotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemResidence() {
		return systemResidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemResidence_CheckpointVolume() {
		return (EReference)systemResidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemResidence_CheckpointStart() {
		return (EAttribute)systemResidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemResidence_CheckpointSize() {
		return (EAttribute)systemResidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemResidence_WarmstartVolume() {
		return (EReference)systemResidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemResidence_WarmstartStart() {
		return (EAttribute)systemResidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemResidence_WarmstartSize() {
		return (EAttribute)systemResidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemResidence_Unit() {
		return (EAttribute)systemResidenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigStatement() {
		return configStatementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigStatement_Qualifier() {
		return (EAttribute)configStatementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigStatement_Keyword() {
		return (EAttribute)configStatementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigStatement_Text() {
		return (EAttribute)configStatementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDasdVolume() {
		return dasdVolumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_Volser() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_DeviceType() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_Cylinders() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_Blocks() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_Use() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDasdVolume_OwnerMember() {
		return (EReference)dasdVolumeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDasdVolume_DeviceNumbers() {
		return (EReference)dasdVolumeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDasdVolume_Site() {
		return (EAttribute)dasdVolumeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDasdVolume_MirrorPartner() {
		return (EReference)dasdVolumeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceNumber() {
		return deviceNumberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceNumber_Member() {
		return (EReference)deviceNumberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceNumber_Rdev() {
		return (EAttribute)deviceNumberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIsfcLink() {
		return isfcLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsfcLink_MemberA() {
		return (EReference)isfcLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsfcLink_MemberB() {
		return (EReference)isfcLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIsfcLink_CtcConnections() {
		return (EReference)isfcLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCtcConnection() {
		return ctcConnectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCtcConnection_DeviceA() {
		return (EAttribute)ctcConnectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCtcConnection_DeviceB() {
		return (EAttribute)ctcConnectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtcConnection_ChpidA() {
		return (EReference)ctcConnectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCtcConnection_ChpidB() {
		return (EReference)ctcConnectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRealDevice() {
		return realDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRealDevice_Name() {
		return (EAttribute)realDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRealDevice_Eqid() {
		return (EAttribute)realDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRealDevice_Chpid() {
		return (EReference)realDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRealDevice_DeviceNumbers() {
		return (EReference)realDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsaDevice() {
		return osaDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsaDevice_LanSegment() {
		return (EAttribute)osaDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFcpDevice() {
		return fcpDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFcpDevice_Fabric() {
		return (EAttribute)fcpDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHiperSocketsDevice() {
		return hiperSocketsDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiperSocketsDevice_LanSegment() {
		return (EAttribute)hiperSocketsDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualSwitch() {
		return virtualSwitchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_Name() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_Type() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_Transport() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_VlanMode() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_DefaultVlan() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_PortAssignment() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualSwitch_Uplinks() {
		return (EReference)virtualSwitchEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualSwitch_GrantedUsers() {
		return (EReference)virtualSwitchEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualSwitch_OtherOperands() {
		return (EAttribute)virtualSwitchEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVswitchUplink() {
		return vswitchUplinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVswitchUplink_Member() {
		return (EReference)vswitchUplinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVswitchUplink_OsaDevices() {
		return (EReference)vswitchUplinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVswitchUplink_OtherOperands() {
		return (EAttribute)vswitchUplinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelocationDomain() {
		return relocationDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelocationDomain_Name() {
		return (EAttribute)relocationDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelocationDomain_Members() {
		return (EReference)relocationDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectoryEntry() {
		return directoryEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectoryEntry_Minidisks() {
		return (EReference)directoryEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectoryEntry_Links() {
		return (EReference)directoryEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectoryEntry_Nics() {
		return (EReference)directoryEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectoryEntry_DedicatedDevices() {
		return (EReference)directoryEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectoryEntry_OtherStatements() {
		return (EAttribute)directoryEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfile() {
		return profileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfile_Name() {
		return (EAttribute)profileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualMachine() {
		return virtualMachineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Userid() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_StorageMiB() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_MaxStorageMiB() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_VirtualCpus() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_CpuType() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_PrivilegeClasses() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_GuestOs() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Relocatable() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_RelocationDomain() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_ChpidVirtualizationOne() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Profile() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Ipl() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Segments() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Crypto() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Workload() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_TolerableOutageSeconds() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_AntiAffinityGroup() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserEntry() {
		return userEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserEntry_HomeMember() {
		return (EReference)userEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentityEntry() {
		return identityEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentityEntry_Subconfigs() {
		return (EReference)identityEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubconfig() {
		return subconfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubconfig_Name() {
		return (EAttribute)subconfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubconfig_Member() {
		return (EReference)subconfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubconfig_LoggedOn() {
		return (EAttribute)subconfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMinidisk() {
		return minidiskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidisk_Vaddr() {
		return (EAttribute)minidiskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidisk_Kind() {
		return (EAttribute)minidiskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMinidisk_Volume() {
		return (EReference)minidiskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidisk_Start() {
		return (EAttribute)minidiskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidisk_Size() {
		return (EAttribute)minidiskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidisk_Mode() {
		return (EAttribute)minidiskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMinidiskLink() {
		return minidiskLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidiskLink_Owner() {
		return (EAttribute)minidiskLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidiskLink_OwnerVaddr() {
		return (EAttribute)minidiskLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidiskLink_Vaddr() {
		return (EAttribute)minidiskLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinidiskLink_Mode() {
		return (EAttribute)minidiskLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNicDef() {
		return nicDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNicDef_Vaddr() {
		return (EAttribute)nicDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNicDef_Type() {
		return (EAttribute)nicDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNicDef_Vswitch() {
		return (EReference)nicDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNicDef_MacId() {
		return (EAttribute)nicDefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNicDef_Vlan() {
		return (EAttribute)nicDefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNicDef_OtherOperands() {
		return (EAttribute)nicDefEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDedicatedDevice() {
		return dedicatedDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDedicatedDevice_Vaddr() {
		return (EAttribute)dedicatedDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDedicatedDevice_Device() {
		return (EReference)dedicatedDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDedicatedDevice_Rdev() {
		return (EAttribute)dedicatedDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentUse() {
		return segmentUseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentUse_Name() {
		return (EAttribute)segmentUseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentUse_Kind() {
		return (EAttribute)segmentUseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentUse_PageType() {
		return (EAttribute)segmentUseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrypto() {
		return cryptoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrypto_Mode() {
		return (EAttribute)cryptoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrypto_Adapters() {
		return (EAttribute)cryptoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrypto_Domains() {
		return (EAttribute)cryptoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkloadProfile() {
		return workloadProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadProfile_TouchedStorageMiB() {
		return (EAttribute)workloadProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadProfile_DirtyPagesPerSecond() {
		return (EAttribute)workloadProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadProfile_WritableWorkingSetMiB() {
		return (EAttribute)workloadProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadProfile_CpuDemand() {
		return (EAttribute)workloadProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkloadProfile_StateTransferSeconds() {
		return (EAttribute)workloadProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Cluster() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_ConcurrentRelocations() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_MaxQuiesceSeconds() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_MaxTotalSeconds() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Immediate() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_MemoryOvercommitLimit() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_CpuOvercommitLimit() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_IplSeconds() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaintenanceRollout() {
		return maintenanceRolloutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaintenanceRollout_MemberOrder() {
		return (EReference)maintenanceRolloutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRollout_TargetServiceLevel() {
		return (EAttribute)maintenanceRolloutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaintenanceRollout_MoveGuestsBack() {
		return (EAttribute)maintenanceRolloutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUtilityLparMaintenance() {
		return utilityLparMaintenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUtilityLparMaintenance_ProductionMember() {
		return (EReference)utilityLparMaintenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUtilityLparMaintenance_UtilityMember() {
		return (EReference)utilityLparMaintenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtilityLparMaintenance_TargetServiceLevel() {
		return (EAttribute)utilityLparMaintenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtilityLparMaintenance_ReleaseUtilityLpar() {
		return (EAttribute)utilityLparMaintenanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessorMigration() {
		return processorMigrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessorMigration_ReplacedCec() {
		return (EReference)processorMigrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessorMigration_NewMachineType() {
		return (EAttribute)processorMigrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessorMigration_MoveGuestsBack() {
		return (EAttribute)processorMigrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisasterRecovery() {
		return disasterRecoveryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisasterRecovery_FailedMembers() {
		return (EReference)disasterRecoveryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisasterRecovery_StandbyMembers() {
		return (EReference)disasterRecoveryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisasterRecovery_SeverMirroringSeconds() {
		return (EAttribute)disasterRecoveryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisasterRecovery_DeclareDownSeconds() {
		return (EAttribute)disasterRecoveryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemberFailure() {
		return memberFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMemberFailure_FailedMember() {
		return (EReference)memberFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberFailure_Failure() {
		return (EAttribute)memberFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberFailure_DeclareDownSeconds() {
		return (EAttribute)memberFailureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberFailure_RestartGuests() {
		return (EAttribute)memberFailureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRebalance() {
		return rebalanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRebalance_Members() {
		return (EReference)rebalanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRebalance_TolerancePercent() {
		return (EAttribute)rebalanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperatorScript() {
		return operatorScriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatorScript_Steps() {
		return (EReference)operatorScriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperatorStep() {
		return operatorStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatorStep_Action() {
		return (EAttribute)operatorStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatorStep_AtSeconds() {
		return (EAttribute)operatorStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatorStep_WaitForPrevious() {
		return (EAttribute)operatorStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatorStep_Guest() {
		return (EReference)operatorStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatorStep_Member() {
		return (EReference)operatorStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatorStep_OtherMember() {
		return (EReference)operatorStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatorStep_ServiceLevel() {
		return (EAttribute)operatorStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatorStep_Cec() {
		return (EReference)operatorStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatorStep_MachineType() {
		return (EAttribute)operatorStepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMachineType() {
		return machineTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelPathType() {
		return channelPathTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFiconSpeed() {
		return ficonSpeedEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProcessorType() {
		return processorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZvmRelease() {
		return zvmReleaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMemberState() {
		return memberStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDasdDeviceType() {
		return dasdDeviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVolumeUse() {
		return volumeUseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVswitchType() {
		return vswitchTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVswitchTransport() {
		return vswitchTransportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVlanMode() {
		return vlanModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPortAssignment() {
		return portAssignmentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuestOs() {
		return guestOsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMinidiskKind() {
		return minidiskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessMode() {
		return accessModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNicType() {
		return nicTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSegmentKind() {
		return segmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSegmentPageType() {
		return segmentPageTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCryptoMode() {
		return cryptoModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResidenceUnit() {
		return residenceUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureKind() {
		return failureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOperatorAction() {
		return operatorActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SsiplanFactory getSsiplanFactory() {
		return (SsiplanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		installationEClass = createEClass(INSTALLATION);
		createEAttribute(installationEClass, INSTALLATION__NAME);
		createEAttribute(installationEClass, INSTALLATION__DESCRIPTION);
		createEReference(installationEClass, INSTALLATION__CECS);
		createEReference(installationEClass, INSTALLATION__DASD_VOLUMES);
		createEReference(installationEClass, INSTALLATION__REAL_DEVICES);
		createEReference(installationEClass, INSTALLATION__CLUSTERS);
		createEReference(installationEClass, INSTALLATION__SETTINGS);
		createEReference(installationEClass, INSTALLATION__SCENARIOS);

		planningSettingsEClass = createEClass(PLANNING_SETTINGS);
		createEAttribute(planningSettingsEClass, PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT);
		createEAttribute(planningSettingsEClass, PLANNING_SETTINGS__PAGING_USE_LIMIT);
		createEReference(planningSettingsEClass, PLANNING_SETTINGS__RELEASE_LIMITS);

		releaseLimitEClass = createEClass(RELEASE_LIMIT);
		createEAttribute(releaseLimitEClass, RELEASE_LIMIT__RELEASE);
		createEAttribute(releaseLimitEClass, RELEASE_LIMIT__MAX_MEMBERS);
		createEAttribute(releaseLimitEClass, RELEASE_LIMIT__CONFIRMED);

		cecEClass = createEClass(CEC);
		createEAttribute(cecEClass, CEC__NAME);
		createEAttribute(cecEClass, CEC__MACHINE_TYPE);
		createEAttribute(cecEClass, CEC__SERIAL);
		createEAttribute(cecEClass, CEC__SITE);
		createEAttribute(cecEClass, CEC__MEMORY_GI_B);
		createEAttribute(cecEClass, CEC__CP_COUNT);
		createEAttribute(cecEClass, CEC__IFL_COUNT);
		createEReference(cecEClass, CEC__CHANNEL_PATHS);
		createEReference(cecEClass, CEC__LPARS);

		channelPathEClass = createEClass(CHANNEL_PATH);
		createEAttribute(channelPathEClass, CHANNEL_PATH__CHPID);
		createEAttribute(channelPathEClass, CHANNEL_PATH__TYPE);
		createEAttribute(channelPathEClass, CHANNEL_PATH__SPEED);
		createEAttribute(channelPathEClass, CHANNEL_PATH__PCHID);

		lparEClass = createEClass(LPAR);
		createEAttribute(lparEClass, LPAR__NAME);
		createEAttribute(lparEClass, LPAR__MEMORY_GI_B);
		createEAttribute(lparEClass, LPAR__LOGICAL_PROCESSORS);
		createEAttribute(lparEClass, LPAR__PROCESSOR_TYPE);
		createEReference(lparEClass, LPAR__MEMBER);

		ssiClusterEClass = createEClass(SSI_CLUSTER);
		createEAttribute(ssiClusterEClass, SSI_CLUSTER__NAME);
		createEAttribute(ssiClusterEClass, SSI_CLUSTER__RELEASE);
		createEReference(ssiClusterEClass, SSI_CLUSTER__PDR_VOLUME);
		createEAttribute(ssiClusterEClass, SSI_CLUSTER__USER_PREFIX);
		createEReference(ssiClusterEClass, SSI_CLUSTER__MEMBERS);
		createEReference(ssiClusterEClass, SSI_CLUSTER__ISFC_LINKS);
		createEReference(ssiClusterEClass, SSI_CLUSTER__VIRTUAL_SWITCHES);
		createEReference(ssiClusterEClass, SSI_CLUSTER__RELOCATION_DOMAINS);
		createEReference(ssiClusterEClass, SSI_CLUSTER__PROFILES);
		createEReference(ssiClusterEClass, SSI_CLUSTER__VIRTUAL_MACHINES);
		createEReference(ssiClusterEClass, SSI_CLUSTER__CONFIG_STATEMENTS);
		createEAttribute(ssiClusterEClass, SSI_CLUSTER__DIRECTORY_STATEMENTS);
		createEAttribute(ssiClusterEClass, SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES);

		memberEClass = createEClass(MEMBER);
		createEAttribute(memberEClass, MEMBER__NAME);
		createEAttribute(memberEClass, MEMBER__SLOT);
		createEReference(memberEClass, MEMBER__LPAR);
		createEAttribute(memberEClass, MEMBER__RELEASE);
		createEAttribute(memberEClass, MEMBER__SERVICE_LEVEL);
		createEAttribute(memberEClass, MEMBER__MAC_PREFIX);
		createEAttribute(memberEClass, MEMBER__REAL_MEMORY_GI_B);
		createEAttribute(memberEClass, MEMBER__PAGING_CAPACITY_GI_B);
		createEAttribute(memberEClass, MEMBER__INITIAL_STATE);
		createEReference(memberEClass, MEMBER__CP_OWNED_SLOTS);
		createEReference(memberEClass, MEMBER__SYSTEM_RESIDENCE);

		cpOwnedSlotEClass = createEClass(CP_OWNED_SLOT);
		createEAttribute(cpOwnedSlotEClass, CP_OWNED_SLOT__SLOT);
		createEReference(cpOwnedSlotEClass, CP_OWNED_SLOT__VOLUME);

		systemResidenceEClass = createEClass(SYSTEM_RESIDENCE);
		createEReference(systemResidenceEClass, SYSTEM_RESIDENCE__CHECKPOINT_VOLUME);
		createEAttribute(systemResidenceEClass, SYSTEM_RESIDENCE__CHECKPOINT_START);
		createEAttribute(systemResidenceEClass, SYSTEM_RESIDENCE__CHECKPOINT_SIZE);
		createEReference(systemResidenceEClass, SYSTEM_RESIDENCE__WARMSTART_VOLUME);
		createEAttribute(systemResidenceEClass, SYSTEM_RESIDENCE__WARMSTART_START);
		createEAttribute(systemResidenceEClass, SYSTEM_RESIDENCE__WARMSTART_SIZE);
		createEAttribute(systemResidenceEClass, SYSTEM_RESIDENCE__UNIT);

		configStatementEClass = createEClass(CONFIG_STATEMENT);
		createEAttribute(configStatementEClass, CONFIG_STATEMENT__QUALIFIER);
		createEAttribute(configStatementEClass, CONFIG_STATEMENT__KEYWORD);
		createEAttribute(configStatementEClass, CONFIG_STATEMENT__TEXT);

		dasdVolumeEClass = createEClass(DASD_VOLUME);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__VOLSER);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__DEVICE_TYPE);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__CYLINDERS);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__BLOCKS);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__USE);
		createEReference(dasdVolumeEClass, DASD_VOLUME__OWNER_MEMBER);
		createEReference(dasdVolumeEClass, DASD_VOLUME__DEVICE_NUMBERS);
		createEAttribute(dasdVolumeEClass, DASD_VOLUME__SITE);
		createEReference(dasdVolumeEClass, DASD_VOLUME__MIRROR_PARTNER);

		deviceNumberEClass = createEClass(DEVICE_NUMBER);
		createEReference(deviceNumberEClass, DEVICE_NUMBER__MEMBER);
		createEAttribute(deviceNumberEClass, DEVICE_NUMBER__RDEV);

		isfcLinkEClass = createEClass(ISFC_LINK);
		createEReference(isfcLinkEClass, ISFC_LINK__MEMBER_A);
		createEReference(isfcLinkEClass, ISFC_LINK__MEMBER_B);
		createEReference(isfcLinkEClass, ISFC_LINK__CTC_CONNECTIONS);

		ctcConnectionEClass = createEClass(CTC_CONNECTION);
		createEAttribute(ctcConnectionEClass, CTC_CONNECTION__DEVICE_A);
		createEAttribute(ctcConnectionEClass, CTC_CONNECTION__DEVICE_B);
		createEReference(ctcConnectionEClass, CTC_CONNECTION__CHPID_A);
		createEReference(ctcConnectionEClass, CTC_CONNECTION__CHPID_B);

		realDeviceEClass = createEClass(REAL_DEVICE);
		createEAttribute(realDeviceEClass, REAL_DEVICE__NAME);
		createEAttribute(realDeviceEClass, REAL_DEVICE__EQID);
		createEReference(realDeviceEClass, REAL_DEVICE__CHPID);
		createEReference(realDeviceEClass, REAL_DEVICE__DEVICE_NUMBERS);

		osaDeviceEClass = createEClass(OSA_DEVICE);
		createEAttribute(osaDeviceEClass, OSA_DEVICE__LAN_SEGMENT);

		fcpDeviceEClass = createEClass(FCP_DEVICE);
		createEAttribute(fcpDeviceEClass, FCP_DEVICE__FABRIC);

		hiperSocketsDeviceEClass = createEClass(HIPER_SOCKETS_DEVICE);
		createEAttribute(hiperSocketsDeviceEClass, HIPER_SOCKETS_DEVICE__LAN_SEGMENT);

		virtualSwitchEClass = createEClass(VIRTUAL_SWITCH);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__NAME);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__TYPE);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__TRANSPORT);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__VLAN_MODE);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__DEFAULT_VLAN);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__PORT_ASSIGNMENT);
		createEReference(virtualSwitchEClass, VIRTUAL_SWITCH__UPLINKS);
		createEReference(virtualSwitchEClass, VIRTUAL_SWITCH__GRANTED_USERS);
		createEAttribute(virtualSwitchEClass, VIRTUAL_SWITCH__OTHER_OPERANDS);

		vswitchUplinkEClass = createEClass(VSWITCH_UPLINK);
		createEReference(vswitchUplinkEClass, VSWITCH_UPLINK__MEMBER);
		createEReference(vswitchUplinkEClass, VSWITCH_UPLINK__OSA_DEVICES);
		createEAttribute(vswitchUplinkEClass, VSWITCH_UPLINK__OTHER_OPERANDS);

		relocationDomainEClass = createEClass(RELOCATION_DOMAIN);
		createEAttribute(relocationDomainEClass, RELOCATION_DOMAIN__NAME);
		createEReference(relocationDomainEClass, RELOCATION_DOMAIN__MEMBERS);

		directoryEntryEClass = createEClass(DIRECTORY_ENTRY);
		createEReference(directoryEntryEClass, DIRECTORY_ENTRY__MINIDISKS);
		createEReference(directoryEntryEClass, DIRECTORY_ENTRY__LINKS);
		createEReference(directoryEntryEClass, DIRECTORY_ENTRY__NICS);
		createEReference(directoryEntryEClass, DIRECTORY_ENTRY__DEDICATED_DEVICES);
		createEAttribute(directoryEntryEClass, DIRECTORY_ENTRY__OTHER_STATEMENTS);

		profileEClass = createEClass(PROFILE);
		createEAttribute(profileEClass, PROFILE__NAME);

		virtualMachineEClass = createEClass(VIRTUAL_MACHINE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__USERID);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__STORAGE_MI_B);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__MAX_STORAGE_MI_B);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__VIRTUAL_CPUS);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__CPU_TYPE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__PRIVILEGE_CLASSES);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__GUEST_OS);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__RELOCATABLE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__RELOCATION_DOMAIN);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__PROFILE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__IPL);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__SEGMENTS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__CRYPTO);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__WORKLOAD);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP);

		userEntryEClass = createEClass(USER_ENTRY);
		createEReference(userEntryEClass, USER_ENTRY__HOME_MEMBER);

		identityEntryEClass = createEClass(IDENTITY_ENTRY);
		createEReference(identityEntryEClass, IDENTITY_ENTRY__SUBCONFIGS);

		subconfigEClass = createEClass(SUBCONFIG);
		createEAttribute(subconfigEClass, SUBCONFIG__NAME);
		createEReference(subconfigEClass, SUBCONFIG__MEMBER);
		createEAttribute(subconfigEClass, SUBCONFIG__LOGGED_ON);

		minidiskEClass = createEClass(MINIDISK);
		createEAttribute(minidiskEClass, MINIDISK__VADDR);
		createEAttribute(minidiskEClass, MINIDISK__KIND);
		createEReference(minidiskEClass, MINIDISK__VOLUME);
		createEAttribute(minidiskEClass, MINIDISK__START);
		createEAttribute(minidiskEClass, MINIDISK__SIZE);
		createEAttribute(minidiskEClass, MINIDISK__MODE);

		minidiskLinkEClass = createEClass(MINIDISK_LINK);
		createEAttribute(minidiskLinkEClass, MINIDISK_LINK__OWNER);
		createEAttribute(minidiskLinkEClass, MINIDISK_LINK__OWNER_VADDR);
		createEAttribute(minidiskLinkEClass, MINIDISK_LINK__VADDR);
		createEAttribute(minidiskLinkEClass, MINIDISK_LINK__MODE);

		nicDefEClass = createEClass(NIC_DEF);
		createEAttribute(nicDefEClass, NIC_DEF__VADDR);
		createEAttribute(nicDefEClass, NIC_DEF__TYPE);
		createEReference(nicDefEClass, NIC_DEF__VSWITCH);
		createEAttribute(nicDefEClass, NIC_DEF__MAC_ID);
		createEAttribute(nicDefEClass, NIC_DEF__VLAN);
		createEAttribute(nicDefEClass, NIC_DEF__OTHER_OPERANDS);

		dedicatedDeviceEClass = createEClass(DEDICATED_DEVICE);
		createEAttribute(dedicatedDeviceEClass, DEDICATED_DEVICE__VADDR);
		createEReference(dedicatedDeviceEClass, DEDICATED_DEVICE__DEVICE);
		createEAttribute(dedicatedDeviceEClass, DEDICATED_DEVICE__RDEV);

		segmentUseEClass = createEClass(SEGMENT_USE);
		createEAttribute(segmentUseEClass, SEGMENT_USE__NAME);
		createEAttribute(segmentUseEClass, SEGMENT_USE__KIND);
		createEAttribute(segmentUseEClass, SEGMENT_USE__PAGE_TYPE);

		cryptoEClass = createEClass(CRYPTO);
		createEAttribute(cryptoEClass, CRYPTO__MODE);
		createEAttribute(cryptoEClass, CRYPTO__ADAPTERS);
		createEAttribute(cryptoEClass, CRYPTO__DOMAINS);

		workloadProfileEClass = createEClass(WORKLOAD_PROFILE);
		createEAttribute(workloadProfileEClass, WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B);
		createEAttribute(workloadProfileEClass, WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND);
		createEAttribute(workloadProfileEClass, WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B);
		createEAttribute(workloadProfileEClass, WORKLOAD_PROFILE__CPU_DEMAND);
		createEAttribute(workloadProfileEClass, WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEReference(scenarioEClass, SCENARIO__CLUSTER);
		createEAttribute(scenarioEClass, SCENARIO__CONCURRENT_RELOCATIONS);
		createEAttribute(scenarioEClass, SCENARIO__MAX_QUIESCE_SECONDS);
		createEAttribute(scenarioEClass, SCENARIO__MAX_TOTAL_SECONDS);
		createEAttribute(scenarioEClass, SCENARIO__IMMEDIATE);
		createEAttribute(scenarioEClass, SCENARIO__MEMORY_OVERCOMMIT_LIMIT);
		createEAttribute(scenarioEClass, SCENARIO__CPU_OVERCOMMIT_LIMIT);
		createEAttribute(scenarioEClass, SCENARIO__IPL_SECONDS);

		maintenanceRolloutEClass = createEClass(MAINTENANCE_ROLLOUT);
		createEReference(maintenanceRolloutEClass, MAINTENANCE_ROLLOUT__MEMBER_ORDER);
		createEAttribute(maintenanceRolloutEClass, MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL);
		createEAttribute(maintenanceRolloutEClass, MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK);

		utilityLparMaintenanceEClass = createEClass(UTILITY_LPAR_MAINTENANCE);
		createEReference(utilityLparMaintenanceEClass, UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER);
		createEReference(utilityLparMaintenanceEClass, UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER);
		createEAttribute(utilityLparMaintenanceEClass, UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL);
		createEAttribute(utilityLparMaintenanceEClass, UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR);

		processorMigrationEClass = createEClass(PROCESSOR_MIGRATION);
		createEReference(processorMigrationEClass, PROCESSOR_MIGRATION__REPLACED_CEC);
		createEAttribute(processorMigrationEClass, PROCESSOR_MIGRATION__NEW_MACHINE_TYPE);
		createEAttribute(processorMigrationEClass, PROCESSOR_MIGRATION__MOVE_GUESTS_BACK);

		disasterRecoveryEClass = createEClass(DISASTER_RECOVERY);
		createEReference(disasterRecoveryEClass, DISASTER_RECOVERY__FAILED_MEMBERS);
		createEReference(disasterRecoveryEClass, DISASTER_RECOVERY__STANDBY_MEMBERS);
		createEAttribute(disasterRecoveryEClass, DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS);
		createEAttribute(disasterRecoveryEClass, DISASTER_RECOVERY__DECLARE_DOWN_SECONDS);

		memberFailureEClass = createEClass(MEMBER_FAILURE);
		createEReference(memberFailureEClass, MEMBER_FAILURE__FAILED_MEMBER);
		createEAttribute(memberFailureEClass, MEMBER_FAILURE__FAILURE);
		createEAttribute(memberFailureEClass, MEMBER_FAILURE__DECLARE_DOWN_SECONDS);
		createEAttribute(memberFailureEClass, MEMBER_FAILURE__RESTART_GUESTS);

		rebalanceEClass = createEClass(REBALANCE);
		createEReference(rebalanceEClass, REBALANCE__MEMBERS);
		createEAttribute(rebalanceEClass, REBALANCE__TOLERANCE_PERCENT);

		operatorScriptEClass = createEClass(OPERATOR_SCRIPT);
		createEReference(operatorScriptEClass, OPERATOR_SCRIPT__STEPS);

		operatorStepEClass = createEClass(OPERATOR_STEP);
		createEAttribute(operatorStepEClass, OPERATOR_STEP__ACTION);
		createEAttribute(operatorStepEClass, OPERATOR_STEP__AT_SECONDS);
		createEAttribute(operatorStepEClass, OPERATOR_STEP__WAIT_FOR_PREVIOUS);
		createEReference(operatorStepEClass, OPERATOR_STEP__GUEST);
		createEReference(operatorStepEClass, OPERATOR_STEP__MEMBER);
		createEReference(operatorStepEClass, OPERATOR_STEP__OTHER_MEMBER);
		createEAttribute(operatorStepEClass, OPERATOR_STEP__SERVICE_LEVEL);
		createEReference(operatorStepEClass, OPERATOR_STEP__CEC);
		createEAttribute(operatorStepEClass, OPERATOR_STEP__MACHINE_TYPE);

		// Create enums
		machineTypeEEnum = createEEnum(MACHINE_TYPE);
		channelPathTypeEEnum = createEEnum(CHANNEL_PATH_TYPE);
		ficonSpeedEEnum = createEEnum(FICON_SPEED);
		processorTypeEEnum = createEEnum(PROCESSOR_TYPE);
		zvmReleaseEEnum = createEEnum(ZVM_RELEASE);
		memberStateEEnum = createEEnum(MEMBER_STATE);
		dasdDeviceTypeEEnum = createEEnum(DASD_DEVICE_TYPE);
		volumeUseEEnum = createEEnum(VOLUME_USE);
		vswitchTypeEEnum = createEEnum(VSWITCH_TYPE);
		vswitchTransportEEnum = createEEnum(VSWITCH_TRANSPORT);
		vlanModeEEnum = createEEnum(VLAN_MODE);
		portAssignmentEEnum = createEEnum(PORT_ASSIGNMENT);
		guestOsEEnum = createEEnum(GUEST_OS);
		minidiskKindEEnum = createEEnum(MINIDISK_KIND);
		accessModeEEnum = createEEnum(ACCESS_MODE);
		nicTypeEEnum = createEEnum(NIC_TYPE);
		segmentKindEEnum = createEEnum(SEGMENT_KIND);
		segmentPageTypeEEnum = createEEnum(SEGMENT_PAGE_TYPE);
		cryptoModeEEnum = createEEnum(CRYPTO_MODE);
		residenceUnitEEnum = createEEnum(RESIDENCE_UNIT);
		failureKindEEnum = createEEnum(FAILURE_KIND);
		operatorActionEEnum = createEEnum(OPERATOR_ACTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		osaDeviceEClass.getESuperTypes().add(this.getRealDevice());
		fcpDeviceEClass.getESuperTypes().add(this.getRealDevice());
		hiperSocketsDeviceEClass.getESuperTypes().add(this.getRealDevice());
		profileEClass.getESuperTypes().add(this.getDirectoryEntry());
		virtualMachineEClass.getESuperTypes().add(this.getDirectoryEntry());
		userEntryEClass.getESuperTypes().add(this.getVirtualMachine());
		identityEntryEClass.getESuperTypes().add(this.getVirtualMachine());
		subconfigEClass.getESuperTypes().add(this.getDirectoryEntry());
		maintenanceRolloutEClass.getESuperTypes().add(this.getScenario());
		utilityLparMaintenanceEClass.getESuperTypes().add(this.getScenario());
		processorMigrationEClass.getESuperTypes().add(this.getScenario());
		disasterRecoveryEClass.getESuperTypes().add(this.getScenario());
		memberFailureEClass.getESuperTypes().add(this.getScenario());
		rebalanceEClass.getESuperTypes().add(this.getScenario());
		operatorScriptEClass.getESuperTypes().add(this.getScenario());

		// Initialize classes, features, and operations; add parameters
		initEClass(installationEClass, Installation.class, "Installation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstallation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstallation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_Cecs(), this.getCec(), null, "cecs", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_DasdVolumes(), this.getDasdVolume(), null, "dasdVolumes", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_RealDevices(), this.getRealDevice(), null, "realDevices", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_Clusters(), this.getSsiCluster(), null, "clusters", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_Settings(), this.getPlanningSettings(), null, "settings", null, 1, 1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstallation_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningSettingsEClass, PlanningSettings.class, "PlanningSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanningSettings_MemoryOvercommitLimit(), ecorePackage.getEDouble(), "memoryOvercommitLimit", "1.5", 0, 1, PlanningSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningSettings_PagingUseLimit(), ecorePackage.getEDouble(), "pagingUseLimit", "0.5", 0, 1, PlanningSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningSettings_ReleaseLimits(), this.getReleaseLimit(), null, "releaseLimits", null, 0, -1, PlanningSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(releaseLimitEClass, ReleaseLimit.class, "ReleaseLimit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReleaseLimit_Release(), this.getZvmRelease(), "release", null, 0, 1, ReleaseLimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReleaseLimit_MaxMembers(), ecorePackage.getEInt(), "maxMembers", "4", 0, 1, ReleaseLimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReleaseLimit_Confirmed(), ecorePackage.getEBoolean(), "confirmed", null, 0, 1, ReleaseLimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cecEClass, Cec.class, "Cec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCec_Name(), ecorePackage.getEString(), "name", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_MachineType(), this.getMachineType(), "machineType", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_Serial(), ecorePackage.getEString(), "serial", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_Site(), ecorePackage.getEString(), "site", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_MemoryGiB(), ecorePackage.getEInt(), "memoryGiB", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_CpCount(), ecorePackage.getEInt(), "cpCount", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCec_IflCount(), ecorePackage.getEInt(), "iflCount", null, 0, 1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCec_ChannelPaths(), this.getChannelPath(), null, "channelPaths", null, 0, -1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCec_Lpars(), this.getLpar(), null, "lpars", null, 0, -1, Cec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelPathEClass, ChannelPath.class, "ChannelPath", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannelPath_Chpid(), ecorePackage.getEString(), "chpid", null, 0, 1, ChannelPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPath_Type(), this.getChannelPathType(), "type", "FC", 0, 1, ChannelPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPath_Speed(), this.getFiconSpeed(), "speed", null, 0, 1, ChannelPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPath_Pchid(), ecorePackage.getEString(), "pchid", null, 0, 1, ChannelPath.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lparEClass, Lpar.class, "Lpar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLpar_Name(), ecorePackage.getEString(), "name", null, 0, 1, Lpar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLpar_MemoryGiB(), ecorePackage.getEInt(), "memoryGiB", null, 0, 1, Lpar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLpar_LogicalProcessors(), ecorePackage.getEInt(), "logicalProcessors", null, 0, 1, Lpar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLpar_ProcessorType(), this.getProcessorType(), "processorType", "IFL", 0, 1, Lpar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLpar_Member(), this.getMember(), this.getMember_Lpar(), "member", null, 0, 1, Lpar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ssiClusterEClass, SsiCluster.class, "SsiCluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSsiCluster_Name(), ecorePackage.getEString(), "name", null, 0, 1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSsiCluster_Release(), this.getZvmRelease(), "release", "7.3", 0, 1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_PdrVolume(), this.getDasdVolume(), null, "pdrVolume", null, 0, 1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSsiCluster_UserPrefix(), ecorePackage.getEString(), "userPrefix", null, 0, 1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_Members(), this.getMember(), null, "members", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_IsfcLinks(), this.getIsfcLink(), null, "isfcLinks", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_VirtualSwitches(), this.getVirtualSwitch(), null, "virtualSwitches", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_RelocationDomains(), this.getRelocationDomain(), null, "relocationDomains", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_Profiles(), this.getProfile(), null, "profiles", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_VirtualMachines(), this.getVirtualMachine(), null, "virtualMachines", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSsiCluster_ConfigStatements(), this.getConfigStatement(), null, "configStatements", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSsiCluster_DirectoryStatements(), ecorePackage.getEString(), "directoryStatements", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSsiCluster_OtherDirectoryEntries(), ecorePackage.getEString(), "otherDirectoryEntries", null, 0, -1, SsiCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memberEClass, Member.class, "Member", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMember_Name(), ecorePackage.getEString(), "name", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Slot(), ecorePackage.getEInt(), "slot", "1", 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_Lpar(), this.getLpar(), this.getLpar_Member(), "lpar", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Release(), this.getZvmRelease(), "release", "7.3", 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_ServiceLevel(), ecorePackage.getEString(), "serviceLevel", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_MacPrefix(), ecorePackage.getEString(), "macPrefix", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_RealMemoryGiB(), ecorePackage.getEInt(), "realMemoryGiB", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_PagingCapacityGiB(), ecorePackage.getEInt(), "pagingCapacityGiB", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_InitialState(), this.getMemberState(), "initialState", "JOINED", 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_CpOwnedSlots(), this.getCpOwnedSlot(), null, "cpOwnedSlots", null, 0, -1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_SystemResidence(), this.getSystemResidence(), null, "systemResidence", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cpOwnedSlotEClass, CpOwnedSlot.class, "CpOwnedSlot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCpOwnedSlot_Slot(), ecorePackage.getEInt(), "slot", "1", 0, 1, CpOwnedSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCpOwnedSlot_Volume(), this.getDasdVolume(), null, "volume", null, 0, 1, CpOwnedSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemResidenceEClass, SystemResidence.class, "SystemResidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSystemResidence_CheckpointVolume(), this.getDasdVolume(), null, "checkpointVolume", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemResidence_CheckpointStart(), ecorePackage.getEInt(), "checkpointStart", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemResidence_CheckpointSize(), ecorePackage.getEInt(), "checkpointSize", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemResidence_WarmstartVolume(), this.getDasdVolume(), null, "warmstartVolume", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemResidence_WarmstartStart(), ecorePackage.getEInt(), "warmstartStart", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemResidence_WarmstartSize(), ecorePackage.getEInt(), "warmstartSize", null, 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemResidence_Unit(), this.getResidenceUnit(), "unit", "CYL", 0, 1, SystemResidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(configStatementEClass, ConfigStatement.class, "ConfigStatement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfigStatement_Qualifier(), ecorePackage.getEString(), "qualifier", null, 0, 1, ConfigStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfigStatement_Keyword(), ecorePackage.getEString(), "keyword", null, 0, 1, ConfigStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfigStatement_Text(), ecorePackage.getEString(), "text", null, 0, 1, ConfigStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dasdVolumeEClass, DasdVolume.class, "DasdVolume", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDasdVolume_Volser(), ecorePackage.getEString(), "volser", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDasdVolume_DeviceType(), this.getDasdDeviceType(), "deviceType", "3390-9", 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDasdVolume_Cylinders(), ecorePackage.getEInt(), "cylinders", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDasdVolume_Blocks(), ecorePackage.getELong(), "blocks", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDasdVolume_Use(), this.getVolumeUse(), "use", "USER-SHARED", 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDasdVolume_OwnerMember(), this.getMember(), null, "ownerMember", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDasdVolume_DeviceNumbers(), this.getDeviceNumber(), null, "deviceNumbers", null, 0, -1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDasdVolume_Site(), ecorePackage.getEString(), "site", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDasdVolume_MirrorPartner(), this.getDasdVolume(), null, "mirrorPartner", null, 0, 1, DasdVolume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceNumberEClass, DeviceNumber.class, "DeviceNumber", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeviceNumber_Member(), this.getMember(), null, "member", null, 0, 1, DeviceNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceNumber_Rdev(), ecorePackage.getEString(), "rdev", null, 0, 1, DeviceNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(isfcLinkEClass, IsfcLink.class, "IsfcLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIsfcLink_MemberA(), this.getMember(), null, "memberA", null, 0, 1, IsfcLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsfcLink_MemberB(), this.getMember(), null, "memberB", null, 0, 1, IsfcLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIsfcLink_CtcConnections(), this.getCtcConnection(), null, "ctcConnections", null, 1, 16, IsfcLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ctcConnectionEClass, CtcConnection.class, "CtcConnection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCtcConnection_DeviceA(), ecorePackage.getEString(), "deviceA", null, 0, 1, CtcConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCtcConnection_DeviceB(), ecorePackage.getEString(), "deviceB", null, 0, 1, CtcConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtcConnection_ChpidA(), this.getChannelPath(), null, "chpidA", null, 0, 1, CtcConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCtcConnection_ChpidB(), this.getChannelPath(), null, "chpidB", null, 0, 1, CtcConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(realDeviceEClass, RealDevice.class, "RealDevice", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRealDevice_Name(), ecorePackage.getEString(), "name", null, 0, 1, RealDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRealDevice_Eqid(), ecorePackage.getEString(), "eqid", null, 0, 1, RealDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRealDevice_Chpid(), this.getChannelPath(), null, "chpid", null, 0, 1, RealDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRealDevice_DeviceNumbers(), this.getDeviceNumber(), null, "deviceNumbers", null, 0, -1, RealDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osaDeviceEClass, OsaDevice.class, "OsaDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsaDevice_LanSegment(), ecorePackage.getEString(), "lanSegment", null, 0, 1, OsaDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fcpDeviceEClass, FcpDevice.class, "FcpDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFcpDevice_Fabric(), ecorePackage.getEString(), "fabric", null, 0, 1, FcpDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hiperSocketsDeviceEClass, HiperSocketsDevice.class, "HiperSocketsDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHiperSocketsDevice_LanSegment(), ecorePackage.getEString(), "lanSegment", null, 0, 1, HiperSocketsDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualSwitchEClass, VirtualSwitch.class, "VirtualSwitch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtualSwitch_Name(), ecorePackage.getEString(), "name", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_Type(), this.getVswitchType(), "type", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_Transport(), this.getVswitchTransport(), "transport", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_VlanMode(), this.getVlanMode(), "vlanMode", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_DefaultVlan(), ecorePackage.getEInt(), "defaultVlan", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_PortAssignment(), this.getPortAssignment(), "portAssignment", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualSwitch_Uplinks(), this.getVswitchUplink(), null, "uplinks", null, 0, -1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualSwitch_GrantedUsers(), this.getVirtualMachine(), null, "grantedUsers", null, 0, -1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualSwitch_OtherOperands(), ecorePackage.getEString(), "otherOperands", null, 0, 1, VirtualSwitch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vswitchUplinkEClass, VswitchUplink.class, "VswitchUplink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVswitchUplink_Member(), this.getMember(), null, "member", null, 0, 1, VswitchUplink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVswitchUplink_OsaDevices(), this.getOsaDevice(), null, "osaDevices", null, 0, 3, VswitchUplink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVswitchUplink_OtherOperands(), ecorePackage.getEString(), "otherOperands", null, 0, 1, VswitchUplink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relocationDomainEClass, RelocationDomain.class, "RelocationDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelocationDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, RelocationDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelocationDomain_Members(), this.getMember(), null, "members", null, 0, -1, RelocationDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directoryEntryEClass, DirectoryEntry.class, "DirectoryEntry", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDirectoryEntry_Minidisks(), this.getMinidisk(), null, "minidisks", null, 0, -1, DirectoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectoryEntry_Links(), this.getMinidiskLink(), null, "links", null, 0, -1, DirectoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectoryEntry_Nics(), this.getNicDef(), null, "nics", null, 0, -1, DirectoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectoryEntry_DedicatedDevices(), this.getDedicatedDevice(), null, "dedicatedDevices", null, 0, -1, DirectoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectoryEntry_OtherStatements(), ecorePackage.getEString(), "otherStatements", null, 0, -1, DirectoryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileEClass, Profile.class, "Profile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, Profile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualMachineEClass, VirtualMachine.class, "VirtualMachine", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtualMachine_Userid(), ecorePackage.getEString(), "userid", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_StorageMiB(), ecorePackage.getEInt(), "storageMiB", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_MaxStorageMiB(), ecorePackage.getEInt(), "maxStorageMiB", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_VirtualCpus(), ecorePackage.getEInt(), "virtualCpus", "1", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_CpuType(), this.getProcessorType(), "cpuType", "IFL", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_PrivilegeClasses(), ecorePackage.getEString(), "privilegeClasses", "G", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_GuestOs(), this.getGuestOs(), "guestOs", "LINUX", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Relocatable(), ecorePackage.getEBoolean(), "relocatable", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_RelocationDomain(), this.getRelocationDomain(), null, "relocationDomain", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_ChpidVirtualizationOne(), ecorePackage.getEBoolean(), "chpidVirtualizationOne", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Profile(), this.getProfile(), null, "profile", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Ipl(), ecorePackage.getEString(), "ipl", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Segments(), this.getSegmentUse(), null, "segments", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Crypto(), this.getCrypto(), null, "crypto", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Workload(), this.getWorkloadProfile(), null, "workload", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_TolerableOutageSeconds(), ecorePackage.getEInt(), "tolerableOutageSeconds", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_AntiAffinityGroup(), ecorePackage.getEString(), "antiAffinityGroup", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEntryEClass, UserEntry.class, "UserEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUserEntry_HomeMember(), this.getMember(), null, "homeMember", null, 0, 1, UserEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identityEntryEClass, IdentityEntry.class, "IdentityEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIdentityEntry_Subconfigs(), this.getSubconfig(), null, "subconfigs", null, 0, -1, IdentityEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subconfigEClass, Subconfig.class, "Subconfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubconfig_Name(), ecorePackage.getEString(), "name", null, 0, 1, Subconfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubconfig_Member(), this.getMember(), null, "member", null, 0, 1, Subconfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubconfig_LoggedOn(), ecorePackage.getEBoolean(), "loggedOn", "true", 0, 1, Subconfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(minidiskEClass, Minidisk.class, "Minidisk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMinidisk_Vaddr(), ecorePackage.getEString(), "vaddr", null, 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidisk_Kind(), this.getMinidiskKind(), "kind", null, 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMinidisk_Volume(), this.getDasdVolume(), null, "volume", null, 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidisk_Start(), ecorePackage.getEInt(), "start", null, 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidisk_Size(), ecorePackage.getEInt(), "size", null, 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidisk_Mode(), this.getAccessMode(), "mode", "MR", 0, 1, Minidisk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(minidiskLinkEClass, MinidiskLink.class, "MinidiskLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMinidiskLink_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, MinidiskLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidiskLink_OwnerVaddr(), ecorePackage.getEString(), "ownerVaddr", null, 0, 1, MinidiskLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidiskLink_Vaddr(), ecorePackage.getEString(), "vaddr", null, 0, 1, MinidiskLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMinidiskLink_Mode(), this.getAccessMode(), "mode", "RR", 0, 1, MinidiskLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nicDefEClass, NicDef.class, "NicDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNicDef_Vaddr(), ecorePackage.getEString(), "vaddr", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNicDef_Type(), this.getNicType(), "type", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNicDef_Vswitch(), this.getVirtualSwitch(), null, "vswitch", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNicDef_MacId(), ecorePackage.getEString(), "macId", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNicDef_Vlan(), ecorePackage.getEInt(), "vlan", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNicDef_OtherOperands(), ecorePackage.getEString(), "otherOperands", null, 0, 1, NicDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dedicatedDeviceEClass, DedicatedDevice.class, "DedicatedDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDedicatedDevice_Vaddr(), ecorePackage.getEString(), "vaddr", null, 0, 1, DedicatedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDedicatedDevice_Device(), this.getRealDevice(), null, "device", null, 0, 1, DedicatedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDedicatedDevice_Rdev(), ecorePackage.getEString(), "rdev", null, 0, 1, DedicatedDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentUseEClass, SegmentUse.class, "SegmentUse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegmentUse_Name(), ecorePackage.getEString(), "name", null, 0, 1, SegmentUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentUse_Kind(), this.getSegmentKind(), "kind", null, 0, 1, SegmentUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentUse_PageType(), this.getSegmentPageType(), "pageType", "SR", 0, 1, SegmentUse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cryptoEClass, Crypto.class, "Crypto", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrypto_Mode(), this.getCryptoMode(), "mode", null, 0, 1, Crypto.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrypto_Adapters(), ecorePackage.getEInt(), "adapters", null, 0, -1, Crypto.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrypto_Domains(), ecorePackage.getEInt(), "domains", null, 0, -1, Crypto.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workloadProfileEClass, WorkloadProfile.class, "WorkloadProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkloadProfile_TouchedStorageMiB(), ecorePackage.getEInt(), "touchedStorageMiB", null, 0, 1, WorkloadProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadProfile_DirtyPagesPerSecond(), ecorePackage.getEDouble(), "dirtyPagesPerSecond", null, 0, 1, WorkloadProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadProfile_WritableWorkingSetMiB(), ecorePackage.getEInt(), "writableWorkingSetMiB", null, 0, 1, WorkloadProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadProfile_CpuDemand(), ecorePackage.getEDouble(), "cpuDemand", null, 0, 1, WorkloadProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkloadProfile_StateTransferSeconds(), ecorePackage.getEDouble(), "stateTransferSeconds", null, 0, 1, WorkloadProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Cluster(), this.getSsiCluster(), null, "cluster", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_ConcurrentRelocations(), ecorePackage.getEInt(), "concurrentRelocations", "0", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_MaxQuiesceSeconds(), ecorePackage.getEDouble(), "maxQuiesceSeconds", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_MaxTotalSeconds(), ecorePackage.getEDouble(), "maxTotalSeconds", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Immediate(), ecorePackage.getEBoolean(), "immediate", "false", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_MemoryOvercommitLimit(), ecorePackage.getEDouble(), "memoryOvercommitLimit", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_CpuOvercommitLimit(), ecorePackage.getEDouble(), "cpuOvercommitLimit", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_IplSeconds(), ecorePackage.getEDouble(), "iplSeconds", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(maintenanceRolloutEClass, MaintenanceRollout.class, "MaintenanceRollout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMaintenanceRollout_MemberOrder(), this.getMember(), null, "memberOrder", null, 0, -1, MaintenanceRollout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenanceRollout_TargetServiceLevel(), ecorePackage.getEString(), "targetServiceLevel", null, 0, 1, MaintenanceRollout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaintenanceRollout_MoveGuestsBack(), ecorePackage.getEBoolean(), "moveGuestsBack", "true", 0, 1, MaintenanceRollout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(utilityLparMaintenanceEClass, UtilityLparMaintenance.class, "UtilityLparMaintenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUtilityLparMaintenance_ProductionMember(), this.getMember(), null, "productionMember", null, 0, 1, UtilityLparMaintenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUtilityLparMaintenance_UtilityMember(), this.getMember(), null, "utilityMember", null, 0, 1, UtilityLparMaintenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUtilityLparMaintenance_TargetServiceLevel(), ecorePackage.getEString(), "targetServiceLevel", null, 0, 1, UtilityLparMaintenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUtilityLparMaintenance_ReleaseUtilityLpar(), ecorePackage.getEBoolean(), "releaseUtilityLpar", "true", 0, 1, UtilityLparMaintenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processorMigrationEClass, ProcessorMigration.class, "ProcessorMigration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProcessorMigration_ReplacedCec(), this.getCec(), null, "replacedCec", null, 0, 1, ProcessorMigration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessorMigration_NewMachineType(), this.getMachineType(), "newMachineType", null, 0, 1, ProcessorMigration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessorMigration_MoveGuestsBack(), ecorePackage.getEBoolean(), "moveGuestsBack", "true", 0, 1, ProcessorMigration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(disasterRecoveryEClass, DisasterRecovery.class, "DisasterRecovery", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDisasterRecovery_FailedMembers(), this.getMember(), null, "failedMembers", null, 0, -1, DisasterRecovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDisasterRecovery_StandbyMembers(), this.getMember(), null, "standbyMembers", null, 0, -1, DisasterRecovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisasterRecovery_SeverMirroringSeconds(), ecorePackage.getEDouble(), "severMirroringSeconds", "300", 0, 1, DisasterRecovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisasterRecovery_DeclareDownSeconds(), ecorePackage.getEDouble(), "declareDownSeconds", "120", 0, 1, DisasterRecovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memberFailureEClass, MemberFailure.class, "MemberFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMemberFailure_FailedMember(), this.getMember(), null, "failedMember", null, 0, 1, MemberFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberFailure_Failure(), this.getFailureKind(), "failure", "STOP", 0, 1, MemberFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberFailure_DeclareDownSeconds(), ecorePackage.getEDouble(), "declareDownSeconds", "120", 0, 1, MemberFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemberFailure_RestartGuests(), ecorePackage.getEBoolean(), "restartGuests", "true", 0, 1, MemberFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rebalanceEClass, Rebalance.class, "Rebalance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRebalance_Members(), this.getMember(), null, "members", null, 0, -1, Rebalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRebalance_TolerancePercent(), ecorePackage.getEDouble(), "tolerancePercent", "10", 0, 1, Rebalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operatorScriptEClass, OperatorScript.class, "OperatorScript", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOperatorScript_Steps(), this.getOperatorStep(), null, "steps", null, 0, -1, OperatorScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operatorStepEClass, OperatorStep.class, "OperatorStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOperatorStep_Action(), this.getOperatorAction(), "action", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatorStep_AtSeconds(), ecorePackage.getEDouble(), "atSeconds", "0", 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatorStep_WaitForPrevious(), ecorePackage.getEBoolean(), "waitForPrevious", "true", 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperatorStep_Guest(), this.getVirtualMachine(), null, "guest", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperatorStep_Member(), this.getMember(), null, "member", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperatorStep_OtherMember(), this.getMember(), null, "otherMember", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatorStep_ServiceLevel(), ecorePackage.getEString(), "serviceLevel", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperatorStep_Cec(), this.getCec(), null, "cec", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOperatorStep_MachineType(), this.getMachineType(), "machineType", null, 0, 1, OperatorStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(machineTypeEEnum, MachineType.class, "MachineType");
		addEEnumLiteral(machineTypeEEnum, MachineType.Z10_EC);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z10_BC);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z196);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z114);
		addEEnumLiteral(machineTypeEEnum, MachineType.ZEC12);
		addEEnumLiteral(machineTypeEEnum, MachineType.ZBC12);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z13);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z13S);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z14);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z14_ZR1);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z15);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z15_T02);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z16);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z16_A02);
		addEEnumLiteral(machineTypeEEnum, MachineType.Z17);

		initEEnum(channelPathTypeEEnum, ChannelPathType.class, "ChannelPathType");
		addEEnumLiteral(channelPathTypeEEnum, ChannelPathType.FC);
		addEEnumLiteral(channelPathTypeEEnum, ChannelPathType.FCP);
		addEEnumLiteral(channelPathTypeEEnum, ChannelPathType.OSD);
		addEEnumLiteral(channelPathTypeEEnum, ChannelPathType.OSE);
		addEEnumLiteral(channelPathTypeEEnum, ChannelPathType.IQD);

		initEEnum(ficonSpeedEEnum, FiconSpeed.class, "FiconSpeed");
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS2);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS4);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS8);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS8S);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS16S);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS16S_PLUS);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS16SA);
		addEEnumLiteral(ficonSpeedEEnum, FiconSpeed.EXPRESS32S);

		initEEnum(processorTypeEEnum, ProcessorType.class, "ProcessorType");
		addEEnumLiteral(processorTypeEEnum, ProcessorType.CP);
		addEEnumLiteral(processorTypeEEnum, ProcessorType.IFL);
		addEEnumLiteral(processorTypeEEnum, ProcessorType.ZIIP);
		addEEnumLiteral(processorTypeEEnum, ProcessorType.ICF);

		initEEnum(zvmReleaseEEnum, ZvmRelease.class, "ZvmRelease");
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V6_2);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V6_3);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V6_4);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V7_1);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V7_2);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V7_3);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V7_4);
		addEEnumLiteral(zvmReleaseEEnum, ZvmRelease.V7_5);

		initEEnum(memberStateEEnum, MemberState.class, "MemberState");
		addEEnumLiteral(memberStateEEnum, MemberState.DOWN);
		addEEnumLiteral(memberStateEEnum, MemberState.JOINING);
		addEEnumLiteral(memberStateEEnum, MemberState.JOINED);
		addEEnumLiteral(memberStateEEnum, MemberState.LEAVING);
		addEEnumLiteral(memberStateEEnum, MemberState.ISOLATED);
		addEEnumLiteral(memberStateEEnum, MemberState.SUSPENDED);
		addEEnumLiteral(memberStateEEnum, MemberState.UNKNOWN);

		initEEnum(dasdDeviceTypeEEnum, DasdDeviceType.class, "DasdDeviceType");
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.D3390_3);
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.D3390_9);
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.D3390_27);
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.D3390_54);
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.D3390_A);
		addEEnumLiteral(dasdDeviceTypeEEnum, DasdDeviceType.EDEV);

		initEEnum(volumeUseEEnum, VolumeUse.class, "VolumeUse");
		addEEnumLiteral(volumeUseEEnum, VolumeUse.SYSRES);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.COMMON);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.RELEASE);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.SPOOL);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.PAGE);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.TDISK);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.USER_SHARED);
		addEEnumLiteral(volumeUseEEnum, VolumeUse.USER_LOCAL);

		initEEnum(vswitchTypeEEnum, VswitchType.class, "VswitchType");
		addEEnumLiteral(vswitchTypeEEnum, VswitchType.QDIO);
		addEEnumLiteral(vswitchTypeEEnum, VswitchType.IVL);

		initEEnum(vswitchTransportEEnum, VswitchTransport.class, "VswitchTransport");
		addEEnumLiteral(vswitchTransportEEnum, VswitchTransport.ETHERNET);
		addEEnumLiteral(vswitchTransportEEnum, VswitchTransport.IP);

		initEEnum(vlanModeEEnum, VlanMode.class, "VlanMode");
		addEEnumLiteral(vlanModeEEnum, VlanMode.UNAWARE);
		addEEnumLiteral(vlanModeEEnum, VlanMode.AWARE);

		initEEnum(portAssignmentEEnum, PortAssignment.class, "PortAssignment");
		addEEnumLiteral(portAssignmentEEnum, PortAssignment.USERBASED);
		addEEnumLiteral(portAssignmentEEnum, PortAssignment.PORTBASED);

		initEEnum(guestOsEEnum, GuestOs.class, "GuestOs");
		addEEnumLiteral(guestOsEEnum, GuestOs.LINUX);
		addEEnumLiteral(guestOsEEnum, GuestOs.ZOS);
		addEEnumLiteral(guestOsEEnum, GuestOs.ZVM);
		addEEnumLiteral(guestOsEEnum, GuestOs.CMS);
		addEEnumLiteral(guestOsEEnum, GuestOs.OTHER);

		initEEnum(minidiskKindEEnum, MinidiskKind.class, "MinidiskKind");
		addEEnumLiteral(minidiskKindEEnum, MinidiskKind.MDISK);
		addEEnumLiteral(minidiskKindEEnum, MinidiskKind.TDISK);
		addEEnumLiteral(minidiskKindEEnum, MinidiskKind.VDISK);

		initEEnum(accessModeEEnum, AccessMode.class, "AccessMode");
		addEEnumLiteral(accessModeEEnum, AccessMode.R);
		addEEnumLiteral(accessModeEEnum, AccessMode.RR);
		addEEnumLiteral(accessModeEEnum, AccessMode.W);
		addEEnumLiteral(accessModeEEnum, AccessMode.WR);
		addEEnumLiteral(accessModeEEnum, AccessMode.M);
		addEEnumLiteral(accessModeEEnum, AccessMode.MR);
		addEEnumLiteral(accessModeEEnum, AccessMode.MW);

		initEEnum(nicTypeEEnum, NicType.class, "NicType");
		addEEnumLiteral(nicTypeEEnum, NicType.QDIO);
		addEEnumLiteral(nicTypeEEnum, NicType.HIPERS);

		initEEnum(segmentKindEEnum, SegmentKind.class, "SegmentKind");
		addEEnumLiteral(segmentKindEEnum, SegmentKind.DCSS);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.NSS);

		initEEnum(segmentPageTypeEEnum, SegmentPageType.class, "SegmentPageType");
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.SW);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.EW);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.SR);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.ER);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.SN);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.EN);
		addEEnumLiteral(segmentPageTypeEEnum, SegmentPageType.SC);

		initEEnum(cryptoModeEEnum, CryptoMode.class, "CryptoMode");
		addEEnumLiteral(cryptoModeEEnum, CryptoMode.APVIRT);
		addEEnumLiteral(cryptoModeEEnum, CryptoMode.APDED);

		initEEnum(residenceUnitEEnum, ResidenceUnit.class, "ResidenceUnit");
		addEEnumLiteral(residenceUnitEEnum, ResidenceUnit.CYL);
		addEEnumLiteral(residenceUnitEEnum, ResidenceUnit.PAGE);

		initEEnum(failureKindEEnum, FailureKind.class, "FailureKind");
		addEEnumLiteral(failureKindEEnum, FailureKind.ABEND);
		addEEnumLiteral(failureKindEEnum, FailureKind.STOP);
		addEEnumLiteral(failureKindEEnum, FailureKind.ISFC_LOSS);

		initEEnum(operatorActionEEnum, OperatorAction.class, "OperatorAction");
		addEEnumLiteral(operatorActionEEnum, OperatorAction.RELOCATE);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.LOGOFF);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.LOGON);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.STATIC_MOVE);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.SHUTDOWN);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.IPL);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.ABEND);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.STOP);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.DECLARE_DOWN);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.LINK_DOWN);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.LINK_UP);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.SEVER_MIRRORING);
		addEEnumLiteral(operatorActionEEnum, OperatorAction.REPLACE_CEC);

		// Create resource
		createResource(eNS_URI);
	}

} //SsiplanPackageImpl
