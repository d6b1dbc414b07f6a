/**
 */
package ssiplan.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import ssiplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage
 * @generated
 */
public class SsiplanSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SsiplanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SsiplanSwitch() {
		if (modelPackage == null) {
			modelPackage = SsiplanPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SsiplanPackage.INSTALLATION: {
				Installation installation = (Installation)theEObject;
				T result = caseInstallation(installation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.PLANNING_SETTINGS: {
				PlanningSettings planningSettings = (PlanningSettings)theEObject;
				T result = casePlanningSettings(planningSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.RELEASE_LIMIT: {
				ReleaseLimit releaseLimit = (ReleaseLimit)theEObject;
				T result = caseReleaseLimit(releaseLimit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CEC: {
				Cec cec = (Cec)theEObject;
				T result = caseCec(cec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CHANNEL_PATH: {
				ChannelPath channelPath = (ChannelPath)theEObject;
				T result = caseChannelPath(channelPath);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.LPAR: {
				Lpar lpar = (Lpar)theEObject;
				T result = caseLpar(lpar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.SSI_CLUSTER: {
				SsiCluster ssiCluster = (SsiCluster)theEObject;
				T result = caseSsiCluster(ssiCluster);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.MEMBER: {
				Member member = (Member)theEObject;
				T result = caseMember(member);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CP_OWNED_SLOT: {
				CpOwnedSlot cpOwnedSlot = (CpOwnedSlot)theEObject;
				T result = caseCpOwnedSlot(cpOwnedSlot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.SYSTEM_RESIDENCE: {
				SystemResidence systemResidence = (SystemResidence)theEObject;
				T result = caseSystemResidence(systemResidence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CONFIG_STATEMENT: {
				ConfigStatement configStatement = (ConfigStatement)theEObject;
				T result = caseConfigStatement(configStatement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.DASD_VOLUME: {
				DasdVolume dasdVolume = (DasdVolume)theEObject;
				T result = caseDasdVolume(dasdVolume);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.DEVICE_NUMBER: {
				DeviceNumber deviceNumber = (DeviceNumber)theEObject;
				T result = caseDeviceNumber(deviceNumber);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.ISFC_LINK: {
				IsfcLink isfcLink = (IsfcLink)theEObject;
				T result = caseIsfcLink(isfcLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CTC_CONNECTION: {
				CtcConnection ctcConnection = (CtcConnection)theEObject;
				T result = caseCtcConnection(ctcConnection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.REAL_DEVICE: {
				RealDevice realDevice = (RealDevice)theEObject;
				T result = caseRealDevice(realDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.OSA_DEVICE: {
				OsaDevice osaDevice = (OsaDevice)theEObject;
				T result = caseOsaDevice(osaDevice);
				if (result == null) result = caseRealDevice(osaDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.FCP_DEVICE: {
				FcpDevice fcpDevice = (FcpDevice)theEObject;
				T result = caseFcpDevice(fcpDevice);
				if (result == null) result = caseRealDevice(fcpDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.HIPER_SOCKETS_DEVICE: {
				HiperSocketsDevice hiperSocketsDevice = (HiperSocketsDevice)theEObject;
				T result = caseHiperSocketsDevice(hiperSocketsDevice);
				if (result == null) result = caseRealDevice(hiperSocketsDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.VIRTUAL_SWITCH: {
				VirtualSwitch virtualSwitch = (VirtualSwitch)theEObject;
				T result = caseVirtualSwitch(virtualSwitch);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.VSWITCH_UPLINK: {
				VswitchUplink vswitchUplink = (VswitchUplink)theEObject;
				T result = caseVswitchUplink(vswitchUplink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.RELOCATION_DOMAIN: {
				RelocationDomain relocationDomain = (RelocationDomain)theEObject;
				T result = caseRelocationDomain(relocationDomain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.DIRECTORY_ENTRY: {
				DirectoryEntry directoryEntry = (DirectoryEntry)theEObject;
				T result = caseDirectoryEntry(directoryEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.PROFILE: {
				Profile profile = (Profile)theEObject;
				T result = caseProfile(profile);
				if (result == null) result = caseDirectoryEntry(profile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.VIRTUAL_MACHINE: {
				VirtualMachine virtualMachine = (VirtualMachine)theEObject;
				T result = caseVirtualMachine(virtualMachine);
				if (result == null) result = caseDirectoryEntry(virtualMachine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.USER_ENTRY: {
				UserEntry userEntry = (UserEntry)theEObject;
				T result = caseUserEntry(userEntry);
				if (result == null) result = caseVirtualMachine(userEntry);
				if (result == null) result = caseDirectoryEntry(userEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.IDENTITY_ENTRY: {
				IdentityEntry identityEntry = (IdentityEntry)theEObject;
				T result = caseIdentityEntry(identityEntry);
				if (result == null) result = caseVirtualMachine(identityEntry);
				if (result == null) result = caseDirectoryEntry(identityEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.SUBCONFIG: {
				Subconfig subconfig = (Subconfig)theEObject;
				T result = caseSubconfig(subconfig);
				if (result == null) result = caseDirectoryEntry(subconfig);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.MINIDISK: {
				Minidisk minidisk = (Minidisk)theEObject;
				T result = caseMinidisk(minidisk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.MINIDISK_LINK: {
				MinidiskLink minidiskLink = (MinidiskLink)theEObject;
				T result = caseMinidiskLink(minidiskLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.NIC_DEF: {
				NicDef nicDef = (NicDef)theEObject;
				T result = caseNicDef(nicDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.DEDICATED_DEVICE: {
				DedicatedDevice dedicatedDevice = (DedicatedDevice)theEObject;
				T result = caseDedicatedDevice(dedicatedDevice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.SEGMENT_USE: {
				SegmentUse segmentUse = (SegmentUse)theEObject;
				T result = caseSegmentUse(segmentUse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.CRYPTO: {
				Crypto crypto = (Crypto)theEObject;
				T result = caseCrypto(crypto);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.WORKLOAD_PROFILE: {
				WorkloadProfile workloadProfile = (WorkloadProfile)theEObject;
				T result = caseWorkloadProfile(workloadProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.MAINTENANCE_ROLLOUT: {
				MaintenanceRollout maintenanceRollout = (MaintenanceRollout)theEObject;
				T result = caseMaintenanceRollout(maintenanceRollout);
				if (result == null) result = caseScenario(maintenanceRollout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE: {
				UtilityLparMaintenance utilityLparMaintenance = (UtilityLparMaintenance)theEObject;
				T result = caseUtilityLparMaintenance(utilityLparMaintenance);
				if (result == null) result = caseScenario(utilityLparMaintenance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.PROCESSOR_MIGRATION: {
				ProcessorMigration processorMigration = (ProcessorMigration)theEObject;
				T result = caseProcessorMigration(processorMigration);
				if (result == null) result = caseScenario(processorMigration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.DISASTER_RECOVERY: {
				DisasterRecovery disasterRecovery = (DisasterRecovery)theEObject;
				T result = caseDisasterRecovery(disasterRecovery);
				if (result == null) result = caseScenario(disasterRecovery);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.MEMBER_FAILURE: {
				MemberFailure memberFailure = (MemberFailure)theEObject;
				T result = caseMemberFailure(memberFailure);
				if (result == null) result = caseScenario(memberFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.REBALANCE: {
				Rebalance rebalance = (Rebalance)theEObject;
				T result = caseRebalance(rebalance);
				if (result == null) result = caseScenario(rebalance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.OPERATOR_SCRIPT: {
				OperatorScript operatorScript = (OperatorScript)theEObject;
				T result = caseOperatorScript(operatorScript);
				if (result == null) result = caseScenario(operatorScript);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SsiplanPackage.OPERATOR_STEP: {
				OperatorStep operatorStep = (OperatorStep)theEObject;
				T result = caseOperatorStep(operatorStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Installation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Installation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInstallation(Installation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningSettings(PlanningSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Release Limit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Release Limit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReleaseLimit(ReleaseLimit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCec(Cec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Channel Path</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Channel Path</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChannelPath(ChannelPath object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lpar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lpar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLpar(Lpar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ssi Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ssi Cluster</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSsiCluster(SsiCluster object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMember(Member object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cp Owned Slot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cp Owned Slot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpOwnedSlot(CpOwnedSlot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System Residence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System Residence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemResidence(SystemResidence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Config Statement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Config Statement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConfigStatement(ConfigStatement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dasd Volume</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dasd Volume</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDasdVolume(DasdVolume object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Number</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Number</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceNumber(DeviceNumber object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Isfc Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Isfc Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIsfcLink(IsfcLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ctc Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ctc Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCtcConnection(CtcConnection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Real Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Real Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRealDevice(RealDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Osa Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Osa Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsaDevice(OsaDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fcp Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fcp Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFcpDevice(FcpDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hiper Sockets Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hiper Sockets Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHiperSocketsDevice(HiperSocketsDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Switch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Switch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualSwitch(VirtualSwitch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vswitch Uplink</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vswitch Uplink</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVswitchUplink(VswitchUplink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Relocation Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Relocation Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRelocationDomain(RelocationDomain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Directory Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Directory Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectoryEntry(DirectoryEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProfile(Profile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualMachine(VirtualMachine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>User Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>User Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUserEntry(UserEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identity Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identity Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentityEntry(IdentityEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subconfig</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subconfig</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubconfig(Subconfig object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Minidisk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Minidisk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMinidisk(Minidisk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Minidisk Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Minidisk Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMinidiskLink(MinidiskLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Nic Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Nic Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNicDef(NicDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dedicated Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dedicated Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDedicatedDevice(DedicatedDevice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment Use</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment Use</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegmentUse(SegmentUse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Crypto</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Crypto</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrypto(Crypto object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workload Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workload Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkloadProfile(WorkloadProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Maintenance Rollout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Maintenance Rollout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaintenanceRollout(MaintenanceRollout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Utility Lpar Maintenance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Utility Lpar Maintenance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUtilityLparMaintenance(UtilityLparMaintenance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Processor Migration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Processor Migration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcessorMigration(ProcessorMigration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disaster Recovery</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disaster Recovery</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDisasterRecovery(DisasterRecovery object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Member Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Member Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemberFailure(MemberFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rebalance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rebalance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRebalance(Rebalance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operator Script</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operator Script</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperatorScript(OperatorScript object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operator Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operator Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperatorStep(OperatorStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SsiplanSwitch
