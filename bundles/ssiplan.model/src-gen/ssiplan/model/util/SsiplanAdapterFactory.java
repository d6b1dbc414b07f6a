/**
 */
package ssiplan.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage
 * @generated
 */
public class SsiplanAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SsiplanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SsiplanAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SsiplanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SsiplanSwitch<Adapter> modelSwitch =
		new SsiplanSwitch<Adapter>() {
			@Override
			public Adapter caseInstallation(Installation object) {
				return createInstallationAdapter();
			}
			@Override
			public Adapter casePlanningSettings(PlanningSettings object) {
				return createPlanningSettingsAdapter();
			}
			@Override
			public Adapter caseReleaseLimit(ReleaseLimit object) {
				return createReleaseLimitAdapter();
			}
			@Override
			public Adapter caseCec(Cec object) {
				return createCecAdapter();
			}
			@Override
			public Adapter caseChannelPath(ChannelPath object) {
				return createChannelPathAdapter();
			}
			@Override
			public Adapter caseLpar(Lpar object) {
				return createLparAdapter();
			}
			@Override
			public Adapter caseSsiCluster(SsiCluster object) {
				return createSsiClusterAdapter();
			}
			@Override
			public Adapter caseMember(Member object) {
				return createMemberAdapter();
			}
			@Override
			public Adapter caseCpOwnedSlot(CpOwnedSlot object) {
				return createCpOwnedSlotAdapter();
			}
			@Override
			public Adapter caseSystemResidence(SystemResidence object) {
				return createSystemResidenceAdapter();
			}
			@Override
			public Adapter caseConfigStatement(ConfigStatement object) {
				return createConfigStatementAdapter();
			}
			@Override
			public Adapter caseDasdVolume(DasdVolume object) {
				return createDasdVolumeAdapter();
			}
			@Override
			public Adapter caseDeviceNumber(DeviceNumber object) {
				return createDeviceNumberAdapter();
			}
			@Override
			public Adapter caseIsfcLink(IsfcLink object) {
				return createIsfcLinkAdapter();
			}
			@Override
			public Adapter caseCtcConnection(CtcConnection object) {
				return createCtcConnectionAdapter();
			}
			@Override
			public Adapter caseRealDevice(RealDevice object) {
				return createRealDeviceAdapter();
			}
			@Override
			public Adapter caseOsaDevice(OsaDevice object) {
				return createOsaDeviceAdapter();
			}
			@Override
			public Adapter caseFcpDevice(FcpDevice object) {
				return createFcpDeviceAdapter();
			}
			@Override
			public Adapter caseHiperSocketsDevice(HiperSocketsDevice object) {
				return createHiperSocketsDeviceAdapter();
			}
			@Override
			public Adapter caseVirtualSwitch(VirtualSwitch object) {
				return createVirtualSwitchAdapter();
			}
			@Override
			public Adapter caseVswitchUplink(VswitchUplink object) {
				return createVswitchUplinkAdapter();
			}
			@Override
			public Adapter caseRelocationDomain(RelocationDomain object) {
				return createRelocationDomainAdapter();
			}
			@Override
			public Adapter caseDirectoryEntry(DirectoryEntry object) {
				return createDirectoryEntryAdapter();
			}
			@Override
			public Adapter caseProfile(Profile object) {
				return createProfileAdapter();
			}
			@Override
			public Adapter caseVirtualMachine(VirtualMachine object) {
				return createVirtualMachineAdapter();
			}
			@Override
			public Adapter caseUserEntry(UserEntry object) {
				return createUserEntryAdapter();
			}
			@Override
			public Adapter caseIdentityEntry(IdentityEntry object) {
				return createIdentityEntryAdapter();
			}
			@Override
			public Adapter caseSubconfig(Subconfig object) {
				return createSubconfigAdapter();
			}
			@Override
			public Adapter caseMinidisk(Minidisk object) {
				return createMinidiskAdapter();
			}
			@Override
			public Adapter caseMinidiskLink(MinidiskLink object) {
				return createMinidiskLinkAdapter();
			}
			@Override
			public Adapter caseNicDef(NicDef object) {
				return createNicDefAdapter();
			}
			@Override
			public Adapter caseDedicatedDevice(DedicatedDevice object) {
				return createDedicatedDeviceAdapter();
			}
			@Override
			public Adapter caseSegmentUse(SegmentUse object) {
				return createSegmentUseAdapter();
			}
			@Override
			public Adapter caseCrypto(Crypto object) {
				return createCryptoAdapter();
			}
			@Override
			public Adapter caseWorkloadProfile(WorkloadProfile object) {
				return createWorkloadProfileAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseMaintenanceRollout(MaintenanceRollout object) {
				return createMaintenanceRolloutAdapter();
			}
			@Override
			public Adapter caseUtilityLparMaintenance(UtilityLparMaintenance object) {
				return createUtilityLparMaintenanceAdapter();
			}
			@Override
			public Adapter caseProcessorMigration(ProcessorMigration object) {
				return createProcessorMigrationAdapter();
			}
			@Override
			public Adapter caseDisasterRecovery(DisasterRecovery object) {
				return createDisasterRecoveryAdapter();
			}
			@Override
			public Adapter caseMemberFailure(MemberFailure object) {
				return createMemberFailureAdapter();
			}
			@Override
			public Adapter caseRebalance(Rebalance object) {
				return createRebalanceAdapter();
			}
			@Override
			public Adapter caseOperatorScript(OperatorScript object) {
				return createOperatorScriptAdapter();
			}
			@Override
			public Adapter caseOperatorStep(OperatorStep object) {
				return createOperatorStepAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Installation <em>Installation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Installation
	 * @generated
	 */
	public Adapter createInstallationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.PlanningSettings <em>Planning Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.PlanningSettings
	 * @generated
	 */
	public Adapter createPlanningSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.ReleaseLimit <em>Release Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.ReleaseLimit
	 * @generated
	 */
	public Adapter createReleaseLimitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Cec <em>Cec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Cec
	 * @generated
	 */
	public Adapter createCecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.ChannelPath <em>Channel Path</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.ChannelPath
	 * @generated
	 */
	public Adapter createChannelPathAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Lpar <em>Lpar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Lpar
	 * @generated
	 */
	public Adapter createLparAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.SsiCluster <em>Ssi Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.SsiCluster
	 * @generated
	 */
	public Adapter createSsiClusterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Member
	 * @generated
	 */
	public Adapter createMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.CpOwnedSlot <em>Cp Owned Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.CpOwnedSlot
	 * @generated
	 */
	public Adapter createCpOwnedSlotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.SystemResidence <em>System Residence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.SystemResidence
	 * @generated
	 */
	public Adapter createSystemResidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.ConfigStatement <em>Config Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.ConfigStatement
	 * @generated
	 */
	public Adapter createConfigStatementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.DasdVolume <em>Dasd Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.DasdVolume
	 * @generated
	 */
	public Adapter createDasdVolumeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.DeviceNumber <em>Device Number</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.DeviceNumber
	 * @generated
	 */
	public Adapter createDeviceNumberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.IsfcLink <em>Isfc Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.IsfcLink
	 * @generated
	 */
	public Adapter createIsfcLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.CtcConnection <em>Ctc Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.CtcConnection
	 * @generated
	 */
	public Adapter createCtcConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.RealDevice <em>Real Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.RealDevice
	 * @generated
	 */
	public Adapter createRealDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.OsaDevice <em>Osa Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.OsaDevice
	 * @generated
	 */
	public Adapter createOsaDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.FcpDevice <em>Fcp Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.FcpDevice
	 * @generated
	 */
	public Adapter createFcpDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.HiperSocketsDevice <em>Hiper Sockets Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.HiperSocketsDevice
	 * @generated
	 */
	public Adapter createHiperSocketsDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.VirtualSwitch <em>Virtual Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.VirtualSwitch
	 * @generated
	 */
	public Adapter createVirtualSwitchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.VswitchUplink <em>Vswitch Uplink</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.VswitchUplink
	 * @generated
	 */
	public Adapter createVswitchUplinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.RelocationDomain <em>Relocation Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.RelocationDomain
	 * @generated
	 */
	public Adapter createRelocationDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.DirectoryEntry <em>Directory Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.DirectoryEntry
	 * @generated
	 */
	public Adapter createDirectoryEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Profile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Profile
	 * @generated
	 */
	public Adapter createProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.VirtualMachine
	 * @generated
	 */
	public Adapter createVirtualMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.UserEntry <em>User Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.UserEntry
	 * @generated
	 */
	public Adapter createUserEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.IdentityEntry <em>Identity Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.IdentityEntry
	 * @generated
	 */
	public Adapter createIdentityEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Subconfig <em>Subconfig</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Subconfig
	 * @generated
	 */
	public Adapter createSubconfigAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Minidisk <em>Minidisk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Minidisk
	 * @generated
	 */
	public Adapter createMinidiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.MinidiskLink <em>Minidisk Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.MinidiskLink
	 * @generated
	 */
	public Adapter createMinidiskLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.NicDef <em>Nic Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.NicDef
	 * @generated
	 */
	public Adapter createNicDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.DedicatedDevice <em>Dedicated Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.DedicatedDevice
	 * @generated
	 */
	public Adapter createDedicatedDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.SegmentUse <em>Segment Use</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.SegmentUse
	 * @generated
	 */
	public Adapter createSegmentUseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Crypto <em>Crypto</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Crypto
	 * @generated
	 */
	public Adapter createCryptoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.WorkloadProfile <em>Workload Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.WorkloadProfile
	 * @generated
	 */
	public Adapter createWorkloadProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.MaintenanceRollout <em>Maintenance Rollout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.MaintenanceRollout
	 * @generated
	 */
	public Adapter createMaintenanceRolloutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.UtilityLparMaintenance <em>Utility Lpar Maintenance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.UtilityLparMaintenance
	 * @generated
	 */
	public Adapter createUtilityLparMaintenanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.ProcessorMigration <em>Processor Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.ProcessorMigration
	 * @generated
	 */
	public Adapter createProcessorMigrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.DisasterRecovery <em>Disaster Recovery</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.DisasterRecovery
	 * @generated
	 */
	public Adapter createDisasterRecoveryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.MemberFailure <em>Member Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.MemberFailure
	 * @generated
	 */
	public Adapter createMemberFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.Rebalance <em>Rebalance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.Rebalance
	 * @generated
	 */
	public Adapter createRebalanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.OperatorScript <em>Operator Script</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.OperatorScript
	 * @generated
	 */
	public Adapter createOperatorScriptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ssiplan.model.OperatorStep <em>Operator Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ssiplan.model.OperatorStep
	 * @generated
	 */
	public Adapter createOperatorStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SsiplanAdapterFactory
