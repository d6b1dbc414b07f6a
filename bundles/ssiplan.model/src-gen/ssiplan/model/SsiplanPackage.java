/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * SSI Planner installation model: the hardware, z/VM SSI clusters and directory of one installation. Every other part of the product reads this model. Facts marked [C]/[U] follow shared/domain/zvm-ssi-reference.md.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanFactory
 * @model kind="package"
 * @generated
 */
public interface SsiplanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ssiplan/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ssiplan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SsiplanPackage eINSTANCE = ssiplan.model.impl.SsiplanPackageImpl.init();

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.InstallationImpl <em>Installation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.InstallationImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getInstallation()
	 * @generated
	 */
	int INSTALLATION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Cecs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__CECS = 2;

	/**
	 * The feature id for the '<em><b>Dasd Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__DASD_VOLUMES = 3;

	/**
	 * The feature id for the '<em><b>Real Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__REAL_DEVICES = 4;

	/**
	 * The feature id for the '<em><b>Clusters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__CLUSTERS = 5;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__SETTINGS = 6;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__SCENARIOS = 7;

	/**
	 * The number of structural features of the '<em>Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.PlanningSettingsImpl <em>Planning Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.PlanningSettingsImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getPlanningSettings()
	 * @generated
	 */
	int PLANNING_SETTINGS = 1;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT = 0;

	/**
	 * The feature id for the '<em><b>Paging Use Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_SETTINGS__PAGING_USE_LIMIT = 1;

	/**
	 * The feature id for the '<em><b>Release Limits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_SETTINGS__RELEASE_LIMITS = 2;

	/**
	 * The number of structural features of the '<em>Planning Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Planning Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ReleaseLimitImpl <em>Release Limit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ReleaseLimitImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getReleaseLimit()
	 * @generated
	 */
	int RELEASE_LIMIT = 2;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_LIMIT__RELEASE = 0;

	/**
	 * The feature id for the '<em><b>Max Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_LIMIT__MAX_MEMBERS = 1;

	/**
	 * The feature id for the '<em><b>Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_LIMIT__CONFIRMED = 2;

	/**
	 * The number of structural features of the '<em>Release Limit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_LIMIT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Release Limit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASE_LIMIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.CecImpl <em>Cec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.CecImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getCec()
	 * @generated
	 */
	int CEC = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Machine Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__MACHINE_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__SERIAL = 2;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__SITE = 3;

	/**
	 * The feature id for the '<em><b>Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__MEMORY_GI_B = 4;

	/**
	 * The feature id for the '<em><b>Cp Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__CP_COUNT = 5;

	/**
	 * The feature id for the '<em><b>Ifl Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__IFL_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Channel Paths</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__CHANNEL_PATHS = 7;

	/**
	 * The feature id for the '<em><b>Lpars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC__LPARS = 8;

	/**
	 * The number of structural features of the '<em>Cec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Cec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ChannelPathImpl <em>Channel Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ChannelPathImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getChannelPath()
	 * @generated
	 */
	int CHANNEL_PATH = 4;

	/**
	 * The feature id for the '<em><b>Chpid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH__CHPID = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Speed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH__SPEED = 2;

	/**
	 * The feature id for the '<em><b>Pchid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH__PCHID = 3;

	/**
	 * The number of structural features of the '<em>Channel Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Channel Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PATH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.LparImpl <em>Lpar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.LparImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getLpar()
	 * @generated
	 */
	int LPAR = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR__MEMORY_GI_B = 1;

	/**
	 * The feature id for the '<em><b>Logical Processors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR__LOGICAL_PROCESSORS = 2;

	/**
	 * The feature id for the '<em><b>Processor Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR__PROCESSOR_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR__MEMBER = 4;

	/**
	 * The number of structural features of the '<em>Lpar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Lpar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LPAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.SsiClusterImpl <em>Ssi Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.SsiClusterImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSsiCluster()
	 * @generated
	 */
	int SSI_CLUSTER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__RELEASE = 1;

	/**
	 * The feature id for the '<em><b>Pdr Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__PDR_VOLUME = 2;

	/**
	 * The feature id for the '<em><b>User Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__USER_PREFIX = 3;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__MEMBERS = 4;

	/**
	 * The feature id for the '<em><b>Isfc Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__ISFC_LINKS = 5;

	/**
	 * The feature id for the '<em><b>Virtual Switches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__VIRTUAL_SWITCHES = 6;

	/**
	 * The feature id for the '<em><b>Relocation Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__RELOCATION_DOMAINS = 7;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__PROFILES = 8;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__VIRTUAL_MACHINES = 9;

	/**
	 * The feature id for the '<em><b>Config Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__CONFIG_STATEMENTS = 10;

	/**
	 * The feature id for the '<em><b>Directory Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__DIRECTORY_STATEMENTS = 11;

	/**
	 * The feature id for the '<em><b>Other Directory Entries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES = 12;

	/**
	 * The number of structural features of the '<em>Ssi Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Ssi Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SSI_CLUSTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.MemberImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__SLOT = 1;

	/**
	 * The feature id for the '<em><b>Lpar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__LPAR = 2;

	/**
	 * The feature id for the '<em><b>Release</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__RELEASE = 3;

	/**
	 * The feature id for the '<em><b>Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__SERVICE_LEVEL = 4;

	/**
	 * The feature id for the '<em><b>Mac Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__MAC_PREFIX = 5;

	/**
	 * The feature id for the '<em><b>Real Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__REAL_MEMORY_GI_B = 6;

	/**
	 * The feature id for the '<em><b>Paging Capacity Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__PAGING_CAPACITY_GI_B = 7;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__INITIAL_STATE = 8;

	/**
	 * The feature id for the '<em><b>Cp Owned Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__CP_OWNED_SLOTS = 9;

	/**
	 * The feature id for the '<em><b>System Residence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__SYSTEM_RESIDENCE = 10;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.CpOwnedSlotImpl <em>Cp Owned Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.CpOwnedSlotImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getCpOwnedSlot()
	 * @generated
	 */
	int CP_OWNED_SLOT = 8;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CP_OWNED_SLOT__SLOT = 0;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CP_OWNED_SLOT__VOLUME = 1;

	/**
	 * The number of structural features of the '<em>Cp Owned Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CP_OWNED_SLOT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Cp Owned Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CP_OWNED_SLOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.SystemResidenceImpl <em>System Residence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.SystemResidenceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSystemResidence()
	 * @generated
	 */
	int SYSTEM_RESIDENCE = 9;

	/**
	 * The feature id for the '<em><b>Checkpoint Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__CHECKPOINT_VOLUME = 0;

	/**
	 * The feature id for the '<em><b>Checkpoint Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__CHECKPOINT_START = 1;

	/**
	 * The feature id for the '<em><b>Checkpoint Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__CHECKPOINT_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Warmstart Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__WARMSTART_VOLUME = 3;

	/**
	 * The feature id for the '<em><b>Warmstart Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__WARMSTART_START = 4;

	/**
	 * The feature id for the '<em><b>Warmstart Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__WARMSTART_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE__UNIT = 6;

	/**
	 * The number of structural features of the '<em>System Residence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>System Residence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_RESIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ConfigStatementImpl <em>Config Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ConfigStatementImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getConfigStatement()
	 * @generated
	 */
	int CONFIG_STATEMENT = 10;

	/**
	 * The feature id for the '<em><b>Qualifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_STATEMENT__QUALIFIER = 0;

	/**
	 * The feature id for the '<em><b>Keyword</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_STATEMENT__KEYWORD = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_STATEMENT__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Config Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_STATEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Config Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIG_STATEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.DasdVolumeImpl <em>Dasd Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.DasdVolumeImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDasdVolume()
	 * @generated
	 */
	int DASD_VOLUME = 11;

	/**
	 * The feature id for the '<em><b>Volser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__VOLSER = 0;

	/**
	 * The feature id for the '<em><b>Device Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__DEVICE_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Cylinders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__CYLINDERS = 2;

	/**
	 * The feature id for the '<em><b>Blocks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__BLOCKS = 3;

	/**
	 * The feature id for the '<em><b>Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__USE = 4;

	/**
	 * The feature id for the '<em><b>Owner Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__OWNER_MEMBER = 5;

	/**
	 * The feature id for the '<em><b>Device Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__DEVICE_NUMBERS = 6;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__SITE = 7;

	/**
	 * The feature id for the '<em><b>Mirror Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME__MIRROR_PARTNER = 8;

	/**
	 * The number of structural features of the '<em>Dasd Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Dasd Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASD_VOLUME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.DeviceNumberImpl <em>Device Number</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.DeviceNumberImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDeviceNumber()
	 * @generated
	 */
	int DEVICE_NUMBER = 12;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_NUMBER__MEMBER = 0;

	/**
	 * The feature id for the '<em><b>Rdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_NUMBER__RDEV = 1;

	/**
	 * The number of structural features of the '<em>Device Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_NUMBER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Device Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_NUMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.IsfcLinkImpl <em>Isfc Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.IsfcLinkImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getIsfcLink()
	 * @generated
	 */
	int ISFC_LINK = 13;

	/**
	 * The feature id for the '<em><b>Member A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISFC_LINK__MEMBER_A = 0;

	/**
	 * The feature id for the '<em><b>Member B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISFC_LINK__MEMBER_B = 1;

	/**
	 * The feature id for the '<em><b>Ctc Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISFC_LINK__CTC_CONNECTIONS = 2;

	/**
	 * The number of structural features of the '<em>Isfc Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISFC_LINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Isfc Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISFC_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.CtcConnectionImpl <em>Ctc Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.CtcConnectionImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getCtcConnection()
	 * @generated
	 */
	int CTC_CONNECTION = 14;

	/**
	 * The feature id for the '<em><b>Device A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION__DEVICE_A = 0;

	/**
	 * The feature id for the '<em><b>Device B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION__DEVICE_B = 1;

	/**
	 * The feature id for the '<em><b>Chpid A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION__CHPID_A = 2;

	/**
	 * The feature id for the '<em><b>Chpid B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION__CHPID_B = 3;

	/**
	 * The number of structural features of the '<em>Ctc Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Ctc Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CTC_CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.RealDeviceImpl <em>Real Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.RealDeviceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getRealDevice()
	 * @generated
	 */
	int REAL_DEVICE = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Eqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE__EQID = 1;

	/**
	 * The feature id for the '<em><b>Chpid</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE__CHPID = 2;

	/**
	 * The feature id for the '<em><b>Device Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE__DEVICE_NUMBERS = 3;

	/**
	 * The number of structural features of the '<em>Real Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Real Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REAL_DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.OsaDeviceImpl <em>Osa Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.OsaDeviceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getOsaDevice()
	 * @generated
	 */
	int OSA_DEVICE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE__NAME = REAL_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Eqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE__EQID = REAL_DEVICE__EQID;

	/**
	 * The feature id for the '<em><b>Chpid</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE__CHPID = REAL_DEVICE__CHPID;

	/**
	 * The feature id for the '<em><b>Device Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE__DEVICE_NUMBERS = REAL_DEVICE__DEVICE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Lan Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE__LAN_SEGMENT = REAL_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Osa Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE_FEATURE_COUNT = REAL_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Osa Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OSA_DEVICE_OPERATION_COUNT = REAL_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.FcpDeviceImpl <em>Fcp Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.FcpDeviceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getFcpDevice()
	 * @generated
	 */
	int FCP_DEVICE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE__NAME = REAL_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Eqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE__EQID = REAL_DEVICE__EQID;

	/**
	 * The feature id for the '<em><b>Chpid</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE__CHPID = REAL_DEVICE__CHPID;

	/**
	 * The feature id for the '<em><b>Device Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE__DEVICE_NUMBERS = REAL_DEVICE__DEVICE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Fabric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE__FABRIC = REAL_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fcp Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE_FEATURE_COUNT = REAL_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fcp Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FCP_DEVICE_OPERATION_COUNT = REAL_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.HiperSocketsDeviceImpl <em>Hiper Sockets Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.HiperSocketsDeviceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getHiperSocketsDevice()
	 * @generated
	 */
	int HIPER_SOCKETS_DEVICE = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE__NAME = REAL_DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Eqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE__EQID = REAL_DEVICE__EQID;

	/**
	 * The feature id for the '<em><b>Chpid</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE__CHPID = REAL_DEVICE__CHPID;

	/**
	 * The feature id for the '<em><b>Device Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE__DEVICE_NUMBERS = REAL_DEVICE__DEVICE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Lan Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE__LAN_SEGMENT = REAL_DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Hiper Sockets Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE_FEATURE_COUNT = REAL_DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Hiper Sockets Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIPER_SOCKETS_DEVICE_OPERATION_COUNT = REAL_DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.VirtualSwitchImpl <em>Virtual Switch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.VirtualSwitchImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVirtualSwitch()
	 * @generated
	 */
	int VIRTUAL_SWITCH = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__TRANSPORT = 2;

	/**
	 * The feature id for the '<em><b>Vlan Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__VLAN_MODE = 3;

	/**
	 * The feature id for the '<em><b>Default Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__DEFAULT_VLAN = 4;

	/**
	 * The feature id for the '<em><b>Port Assignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__PORT_ASSIGNMENT = 5;

	/**
	 * The feature id for the '<em><b>Uplinks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__UPLINKS = 6;

	/**
	 * The feature id for the '<em><b>Granted Users</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__GRANTED_USERS = 7;

	/**
	 * The feature id for the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH__OTHER_OPERANDS = 8;

	/**
	 * The number of structural features of the '<em>Virtual Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Virtual Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_SWITCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.VswitchUplinkImpl <em>Vswitch Uplink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.VswitchUplinkImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchUplink()
	 * @generated
	 */
	int VSWITCH_UPLINK = 20;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSWITCH_UPLINK__MEMBER = 0;

	/**
	 * The feature id for the '<em><b>Osa Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSWITCH_UPLINK__OSA_DEVICES = 1;

	/**
	 * The feature id for the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSWITCH_UPLINK__OTHER_OPERANDS = 2;

	/**
	 * The number of structural features of the '<em>Vswitch Uplink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSWITCH_UPLINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Vswitch Uplink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSWITCH_UPLINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.RelocationDomainImpl <em>Relocation Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.RelocationDomainImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getRelocationDomain()
	 * @generated
	 */
	int RELOCATION_DOMAIN = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELOCATION_DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELOCATION_DOMAIN__MEMBERS = 1;

	/**
	 * The number of structural features of the '<em>Relocation Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELOCATION_DOMAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Relocation Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELOCATION_DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.DirectoryEntryImpl <em>Directory Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.DirectoryEntryImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDirectoryEntry()
	 * @generated
	 */
	int DIRECTORY_ENTRY = 22;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY__MINIDISKS = 0;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY__LINKS = 1;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY__NICS = 2;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY__DEDICATED_DEVICES = 3;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY__OTHER_STATEMENTS = 4;

	/**
	 * The number of structural features of the '<em>Directory Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Directory Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ProfileImpl <em>Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ProfileImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getProfile()
	 * @generated
	 */
	int PROFILE = 23;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__MINIDISKS = DIRECTORY_ENTRY__MINIDISKS;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__LINKS = DIRECTORY_ENTRY__LINKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NICS = DIRECTORY_ENTRY__NICS;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__DEDICATED_DEVICES = DIRECTORY_ENTRY__DEDICATED_DEVICES;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__OTHER_STATEMENTS = DIRECTORY_ENTRY__OTHER_STATEMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE__NAME = DIRECTORY_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_FEATURE_COUNT = DIRECTORY_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_OPERATION_COUNT = DIRECTORY_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.VirtualMachineImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 24;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MINIDISKS = DIRECTORY_ENTRY__MINIDISKS;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__LINKS = DIRECTORY_ENTRY__LINKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NICS = DIRECTORY_ENTRY__NICS;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DEDICATED_DEVICES = DIRECTORY_ENTRY__DEDICATED_DEVICES;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__OTHER_STATEMENTS = DIRECTORY_ENTRY__OTHER_STATEMENTS;

	/**
	 * The feature id for the '<em><b>Userid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__USERID = DIRECTORY_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__STORAGE_MI_B = DIRECTORY_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MAX_STORAGE_MI_B = DIRECTORY_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Virtual Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VIRTUAL_CPUS = DIRECTORY_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cpu Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CPU_TYPE = DIRECTORY_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Privilege Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__PRIVILEGE_CLASSES = DIRECTORY_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Guest Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__GUEST_OS = DIRECTORY_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Relocatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__RELOCATABLE = DIRECTORY_ENTRY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Relocation Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__RELOCATION_DOMAIN = DIRECTORY_ENTRY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Chpid Virtualization One</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE = DIRECTORY_ENTRY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__PROFILE = DIRECTORY_ENTRY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Ipl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__IPL = DIRECTORY_ENTRY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SEGMENTS = DIRECTORY_ENTRY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Crypto</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CRYPTO = DIRECTORY_ENTRY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__WORKLOAD = DIRECTORY_ENTRY_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Tolerable Outage Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS = DIRECTORY_ENTRY_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Anti Affinity Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP = DIRECTORY_ENTRY_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = DIRECTORY_ENTRY_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = DIRECTORY_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.UserEntryImpl <em>User Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.UserEntryImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getUserEntry()
	 * @generated
	 */
	int USER_ENTRY = 25;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__MINIDISKS = VIRTUAL_MACHINE__MINIDISKS;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__LINKS = VIRTUAL_MACHINE__LINKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__NICS = VIRTUAL_MACHINE__NICS;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__DEDICATED_DEVICES = VIRTUAL_MACHINE__DEDICATED_DEVICES;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__OTHER_STATEMENTS = VIRTUAL_MACHINE__OTHER_STATEMENTS;

	/**
	 * The feature id for the '<em><b>Userid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__USERID = VIRTUAL_MACHINE__USERID;

	/**
	 * The feature id for the '<em><b>Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__STORAGE_MI_B = VIRTUAL_MACHINE__STORAGE_MI_B;

	/**
	 * The feature id for the '<em><b>Max Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__MAX_STORAGE_MI_B = VIRTUAL_MACHINE__MAX_STORAGE_MI_B;

	/**
	 * The feature id for the '<em><b>Virtual Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__VIRTUAL_CPUS = VIRTUAL_MACHINE__VIRTUAL_CPUS;

	/**
	 * The feature id for the '<em><b>Cpu Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__CPU_TYPE = VIRTUAL_MACHINE__CPU_TYPE;

	/**
	 * The feature id for the '<em><b>Privilege Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__PRIVILEGE_CLASSES = VIRTUAL_MACHINE__PRIVILEGE_CLASSES;

	/**
	 * The feature id for the '<em><b>Guest Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__GUEST_OS = VIRTUAL_MACHINE__GUEST_OS;

	/**
	 * The feature id for the '<em><b>Relocatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__RELOCATABLE = VIRTUAL_MACHINE__RELOCATABLE;

	/**
	 * The feature id for the '<em><b>Relocation Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__RELOCATION_DOMAIN = VIRTUAL_MACHINE__RELOCATION_DOMAIN;

	/**
	 * The feature id for the '<em><b>Chpid Virtualization One</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__CHPID_VIRTUALIZATION_ONE = VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__PROFILE = VIRTUAL_MACHINE__PROFILE;

	/**
	 * The feature id for the '<em><b>Ipl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__IPL = VIRTUAL_MACHINE__IPL;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__SEGMENTS = VIRTUAL_MACHINE__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Crypto</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__CRYPTO = VIRTUAL_MACHINE__CRYPTO;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__WORKLOAD = VIRTUAL_MACHINE__WORKLOAD;

	/**
	 * The feature id for the '<em><b>Tolerable Outage Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__TOLERABLE_OUTAGE_SECONDS = VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS;

	/**
	 * The feature id for the '<em><b>Anti Affinity Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__ANTI_AFFINITY_GROUP = VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP;

	/**
	 * The feature id for the '<em><b>Home Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY__HOME_MEMBER = VIRTUAL_MACHINE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>User Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY_FEATURE_COUNT = VIRTUAL_MACHINE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>User Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_ENTRY_OPERATION_COUNT = VIRTUAL_MACHINE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.IdentityEntryImpl <em>Identity Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.IdentityEntryImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getIdentityEntry()
	 * @generated
	 */
	int IDENTITY_ENTRY = 26;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__MINIDISKS = VIRTUAL_MACHINE__MINIDISKS;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__LINKS = VIRTUAL_MACHINE__LINKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__NICS = VIRTUAL_MACHINE__NICS;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__DEDICATED_DEVICES = VIRTUAL_MACHINE__DEDICATED_DEVICES;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__OTHER_STATEMENTS = VIRTUAL_MACHINE__OTHER_STATEMENTS;

	/**
	 * The feature id for the '<em><b>Userid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__USERID = VIRTUAL_MACHINE__USERID;

	/**
	 * The feature id for the '<em><b>Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__STORAGE_MI_B = VIRTUAL_MACHINE__STORAGE_MI_B;

	/**
	 * The feature id for the '<em><b>Max Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__MAX_STORAGE_MI_B = VIRTUAL_MACHINE__MAX_STORAGE_MI_B;

	/**
	 * The feature id for the '<em><b>Virtual Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__VIRTUAL_CPUS = VIRTUAL_MACHINE__VIRTUAL_CPUS;

	/**
	 * The feature id for the '<em><b>Cpu Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__CPU_TYPE = VIRTUAL_MACHINE__CPU_TYPE;

	/**
	 * The feature id for the '<em><b>Privilege Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__PRIVILEGE_CLASSES = VIRTUAL_MACHINE__PRIVILEGE_CLASSES;

	/**
	 * The feature id for the '<em><b>Guest Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__GUEST_OS = VIRTUAL_MACHINE__GUEST_OS;

	/**
	 * The feature id for the '<em><b>Relocatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__RELOCATABLE = VIRTUAL_MACHINE__RELOCATABLE;

	/**
	 * The feature id for the '<em><b>Relocation Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__RELOCATION_DOMAIN = VIRTUAL_MACHINE__RELOCATION_DOMAIN;

	/**
	 * The feature id for the '<em><b>Chpid Virtualization One</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__CHPID_VIRTUALIZATION_ONE = VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__PROFILE = VIRTUAL_MACHINE__PROFILE;

	/**
	 * The feature id for the '<em><b>Ipl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__IPL = VIRTUAL_MACHINE__IPL;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__SEGMENTS = VIRTUAL_MACHINE__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Crypto</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__CRYPTO = VIRTUAL_MACHINE__CRYPTO;

	/**
	 * The feature id for the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__WORKLOAD = VIRTUAL_MACHINE__WORKLOAD;

	/**
	 * The feature id for the '<em><b>Tolerable Outage Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__TOLERABLE_OUTAGE_SECONDS = VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS;

	/**
	 * The feature id for the '<em><b>Anti Affinity Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__ANTI_AFFINITY_GROUP = VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP;

	/**
	 * The feature id for the '<em><b>Subconfigs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY__SUBCONFIGS = VIRTUAL_MACHINE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Identity Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY_FEATURE_COUNT = VIRTUAL_MACHINE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Identity Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_ENTRY_OPERATION_COUNT = VIRTUAL_MACHINE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.SubconfigImpl <em>Subconfig</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.SubconfigImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSubconfig()
	 * @generated
	 */
	int SUBCONFIG = 27;

	/**
	 * The feature id for the '<em><b>Minidisks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__MINIDISKS = DIRECTORY_ENTRY__MINIDISKS;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__LINKS = DIRECTORY_ENTRY__LINKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__NICS = DIRECTORY_ENTRY__NICS;

	/**
	 * The feature id for the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__DEDICATED_DEVICES = DIRECTORY_ENTRY__DEDICATED_DEVICES;

	/**
	 * The feature id for the '<em><b>Other Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__OTHER_STATEMENTS = DIRECTORY_ENTRY__OTHER_STATEMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__NAME = DIRECTORY_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__MEMBER = DIRECTORY_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Logged On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG__LOGGED_ON = DIRECTORY_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Subconfig</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG_FEATURE_COUNT = DIRECTORY_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Subconfig</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBCONFIG_OPERATION_COUNT = DIRECTORY_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.MinidiskImpl <em>Minidisk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.MinidiskImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidisk()
	 * @generated
	 */
	int MINIDISK = 28;

	/**
	 * The feature id for the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__VADDR = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__VOLUME = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__START = 3;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__SIZE = 4;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK__MODE = 5;

	/**
	 * The number of structural features of the '<em>Minidisk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Minidisk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.MinidiskLinkImpl <em>Minidisk Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.MinidiskLinkImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidiskLink()
	 * @generated
	 */
	int MINIDISK_LINK = 29;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK__OWNER = 0;

	/**
	 * The feature id for the '<em><b>Owner Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK__OWNER_VADDR = 1;

	/**
	 * The feature id for the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK__VADDR = 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK__MODE = 3;

	/**
	 * The number of structural features of the '<em>Minidisk Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Minidisk Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIDISK_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.NicDefImpl <em>Nic Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.NicDefImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getNicDef()
	 * @generated
	 */
	int NIC_DEF = 30;

	/**
	 * The feature id for the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__VADDR = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Vswitch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__VSWITCH = 2;

	/**
	 * The feature id for the '<em><b>Mac Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__MAC_ID = 3;

	/**
	 * The feature id for the '<em><b>Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__VLAN = 4;

	/**
	 * The feature id for the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF__OTHER_OPERANDS = 5;

	/**
	 * The number of structural features of the '<em>Nic Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Nic Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_DEF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.DedicatedDeviceImpl <em>Dedicated Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.DedicatedDeviceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDedicatedDevice()
	 * @generated
	 */
	int DEDICATED_DEVICE = 31;

	/**
	 * The feature id for the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDICATED_DEVICE__VADDR = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDICATED_DEVICE__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Rdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDICATED_DEVICE__RDEV = 2;

	/**
	 * The number of structural features of the '<em>Dedicated Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDICATED_DEVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Dedicated Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDICATED_DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.SegmentUseImpl <em>Segment Use</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.SegmentUseImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentUse()
	 * @generated
	 */
	int SEGMENT_USE = 32;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_USE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_USE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Page Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_USE__PAGE_TYPE = 2;

	/**
	 * The number of structural features of the '<em>Segment Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_USE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Segment Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_USE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.CryptoImpl <em>Crypto</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.CryptoImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getCrypto()
	 * @generated
	 */
	int CRYPTO = 33;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRYPTO__MODE = 0;

	/**
	 * The feature id for the '<em><b>Adapters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRYPTO__ADAPTERS = 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRYPTO__DOMAINS = 2;

	/**
	 * The number of structural features of the '<em>Crypto</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRYPTO_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Crypto</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRYPTO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.WorkloadProfileImpl <em>Workload Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.WorkloadProfileImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getWorkloadProfile()
	 * @generated
	 */
	int WORKLOAD_PROFILE = 34;

	/**
	 * The feature id for the '<em><b>Touched Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B = 0;

	/**
	 * The feature id for the '<em><b>Dirty Pages Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND = 1;

	/**
	 * The feature id for the '<em><b>Writable Working Set Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B = 2;

	/**
	 * The feature id for the '<em><b>Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE__CPU_DEMAND = 3;

	/**
	 * The feature id for the '<em><b>State Transfer Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS = 4;

	/**
	 * The number of structural features of the '<em>Workload Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Workload Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ScenarioImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 35;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CLUSTER = 2;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CONCURRENT_RELOCATIONS = 3;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MAX_QUIESCE_SECONDS = 4;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MAX_TOTAL_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__IMMEDIATE = 6;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MEMORY_OVERCOMMIT_LIMIT = 7;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CPU_OVERCOMMIT_LIMIT = 8;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__IPL_SECONDS = 9;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.MaintenanceRolloutImpl <em>Maintenance Rollout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.MaintenanceRolloutImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMaintenanceRollout()
	 * @generated
	 */
	int MAINTENANCE_ROLLOUT = 36;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Member Order</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__MEMBER_ORDER = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Move Guests Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Maintenance Rollout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Maintenance Rollout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAINTENANCE_ROLLOUT_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.UtilityLparMaintenanceImpl <em>Utility Lpar Maintenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.UtilityLparMaintenanceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getUtilityLparMaintenance()
	 * @generated
	 */
	int UTILITY_LPAR_MAINTENANCE = 37;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Production Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Utility Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Release Utility Lpar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR = SCENARIO_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Utility Lpar Maintenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Utility Lpar Maintenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTILITY_LPAR_MAINTENANCE_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.ProcessorMigrationImpl <em>Processor Migration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.ProcessorMigrationImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getProcessorMigration()
	 * @generated
	 */
	int PROCESSOR_MIGRATION = 38;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Replaced Cec</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__REPLACED_CEC = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>New Machine Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__NEW_MACHINE_TYPE = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Move Guests Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION__MOVE_GUESTS_BACK = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Processor Migration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Processor Migration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSOR_MIGRATION_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.DisasterRecoveryImpl <em>Disaster Recovery</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.DisasterRecoveryImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDisasterRecovery()
	 * @generated
	 */
	int DISASTER_RECOVERY = 39;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Failed Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__FAILED_MEMBERS = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standby Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__STANDBY_MEMBERS = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sever Mirroring Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Declare Down Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY__DECLARE_DOWN_SECONDS = SCENARIO_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Disaster Recovery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Disaster Recovery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISASTER_RECOVERY_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.MemberFailureImpl <em>Member Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.MemberFailureImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMemberFailure()
	 * @generated
	 */
	int MEMBER_FAILURE = 40;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Failed Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__FAILED_MEMBER = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__FAILURE = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Declare Down Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__DECLARE_DOWN_SECONDS = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Restart Guests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE__RESTART_GUESTS = SCENARIO_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Member Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Member Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FAILURE_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.RebalanceImpl <em>Rebalance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.RebalanceImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getRebalance()
	 * @generated
	 */
	int REBALANCE = 41;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__MEMBERS = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tolerance Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE__TOLERANCE_PERCENT = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rebalance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rebalance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBALANCE_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.OperatorScriptImpl <em>Operator Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.OperatorScriptImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorScript()
	 * @generated
	 */
	int OPERATOR_SCRIPT = 42;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__NAME = SCENARIO__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__DESCRIPTION = SCENARIO__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__CLUSTER = SCENARIO__CLUSTER;

	/**
	 * The feature id for the '<em><b>Concurrent Relocations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__CONCURRENT_RELOCATIONS = SCENARIO__CONCURRENT_RELOCATIONS;

	/**
	 * The feature id for the '<em><b>Max Quiesce Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__MAX_QUIESCE_SECONDS = SCENARIO__MAX_QUIESCE_SECONDS;

	/**
	 * The feature id for the '<em><b>Max Total Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__MAX_TOTAL_SECONDS = SCENARIO__MAX_TOTAL_SECONDS;

	/**
	 * The feature id for the '<em><b>Immediate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__IMMEDIATE = SCENARIO__IMMEDIATE;

	/**
	 * The feature id for the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__MEMORY_OVERCOMMIT_LIMIT = SCENARIO__MEMORY_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__CPU_OVERCOMMIT_LIMIT = SCENARIO__CPU_OVERCOMMIT_LIMIT;

	/**
	 * The feature id for the '<em><b>Ipl Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__IPL_SECONDS = SCENARIO__IPL_SECONDS;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT__STEPS = SCENARIO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Operator Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT_FEATURE_COUNT = SCENARIO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Operator Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_SCRIPT_OPERATION_COUNT = SCENARIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.impl.OperatorStepImpl <em>Operator Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.impl.OperatorStepImpl
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorStep()
	 * @generated
	 */
	int OPERATOR_STEP = 43;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__ACTION = 0;

	/**
	 * The feature id for the '<em><b>At Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__AT_SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Wait For Previous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__WAIT_FOR_PREVIOUS = 2;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__GUEST = 3;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__MEMBER = 4;

	/**
	 * The feature id for the '<em><b>Other Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__OTHER_MEMBER = 5;

	/**
	 * The feature id for the '<em><b>Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__SERVICE_LEVEL = 6;

	/**
	 * The feature id for the '<em><b>Cec</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__CEC = 7;

	/**
	 * The feature id for the '<em><b>Machine Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP__MACHINE_TYPE = 8;

	/**
	 * The number of structural features of the '<em>Operator Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Operator Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATOR_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ssiplan.model.MachineType <em>Machine Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.MachineType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMachineType()
	 * @generated
	 */
	int MACHINE_TYPE = 44;

	/**
	 * The meta object id for the '{@link ssiplan.model.ChannelPathType <em>Channel Path Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.ChannelPathType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getChannelPathType()
	 * @generated
	 */
	int CHANNEL_PATH_TYPE = 45;

	/**
	 * The meta object id for the '{@link ssiplan.model.FiconSpeed <em>Ficon Speed</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.FiconSpeed
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getFiconSpeed()
	 * @generated
	 */
	int FICON_SPEED = 46;

	/**
	 * The meta object id for the '{@link ssiplan.model.ProcessorType <em>Processor Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.ProcessorType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getProcessorType()
	 * @generated
	 */
	int PROCESSOR_TYPE = 47;

	/**
	 * The meta object id for the '{@link ssiplan.model.ZvmRelease <em>Zvm Release</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.ZvmRelease
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getZvmRelease()
	 * @generated
	 */
	int ZVM_RELEASE = 48;

	/**
	 * The meta object id for the '{@link ssiplan.model.MemberState <em>Member State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.MemberState
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMemberState()
	 * @generated
	 */
	int MEMBER_STATE = 49;

	/**
	 * The meta object id for the '{@link ssiplan.model.DasdDeviceType <em>Dasd Device Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.DasdDeviceType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getDasdDeviceType()
	 * @generated
	 */
	int DASD_DEVICE_TYPE = 50;

	/**
	 * The meta object id for the '{@link ssiplan.model.VolumeUse <em>Volume Use</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.VolumeUse
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVolumeUse()
	 * @generated
	 */
	int VOLUME_USE = 51;

	/**
	 * The meta object id for the '{@link ssiplan.model.VswitchType <em>Vswitch Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.VswitchType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchType()
	 * @generated
	 */
	int VSWITCH_TYPE = 52;

	/**
	 * The meta object id for the '{@link ssiplan.model.VswitchTransport <em>Vswitch Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.VswitchTransport
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchTransport()
	 * @generated
	 */
	int VSWITCH_TRANSPORT = 53;

	/**
	 * The meta object id for the '{@link ssiplan.model.VlanMode <em>Vlan Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.VlanMode
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getVlanMode()
	 * @generated
	 */
	int VLAN_MODE = 54;

	/**
	 * The meta object id for the '{@link ssiplan.model.PortAssignment <em>Port Assignment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.PortAssignment
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getPortAssignment()
	 * @generated
	 */
	int PORT_ASSIGNMENT = 55;

	/**
	 * The meta object id for the '{@link ssiplan.model.GuestOs <em>Guest Os</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.GuestOs
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getGuestOs()
	 * @generated
	 */
	int GUEST_OS = 56;

	/**
	 * The meta object id for the '{@link ssiplan.model.MinidiskKind <em>Minidisk Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.MinidiskKind
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidiskKind()
	 * @generated
	 */
	int MINIDISK_KIND = 57;

	/**
	 * The meta object id for the '{@link ssiplan.model.AccessMode <em>Access Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.AccessMode
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getAccessMode()
	 * @generated
	 */
	int ACCESS_MODE = 58;

	/**
	 * The meta object id for the '{@link ssiplan.model.NicType <em>Nic Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.NicType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getNicType()
	 * @generated
	 */
	int NIC_TYPE = 59;

	/**
	 * The meta object id for the '{@link ssiplan.model.SegmentKind <em>Segment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.SegmentKind
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentKind()
	 * @generated
	 */
	int SEGMENT_KIND = 60;

	/**
	 * The meta object id for the '{@link ssiplan.model.SegmentPageType <em>Segment Page Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.SegmentPageType
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentPageType()
	 * @generated
	 */
	int SEGMENT_PAGE_TYPE = 61;

	/**
	 * The meta object id for the '{@link ssiplan.model.CryptoMode <em>Crypto Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.CryptoMode
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getCryptoMode()
	 * @generated
	 */
	int CRYPTO_MODE = 62;


	/**
	 * The meta object id for the '{@link ssiplan.model.ResidenceUnit <em>Residence Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.ResidenceUnit
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getResidenceUnit()
	 * @generated
	 */
	int RESIDENCE_UNIT = 63;


	/**
	 * The meta object id for the '{@link ssiplan.model.FailureKind <em>Failure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.FailureKind
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getFailureKind()
	 * @generated
	 */
	int FAILURE_KIND = 64;

	/**
	 * The meta object id for the '{@link ssiplan.model.OperatorAction <em>Operator Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ssiplan.model.OperatorAction
	 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorAction()
	 * @generated
	 */
	int OPERATOR_ACTION = 65;


	/**
	 * Returns the meta object for class '{@link ssiplan.model.Installation <em>Installation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Installation</em>'.
	 * @see ssiplan.model.Installation
	 * @generated
	 */
	EClass getInstallation();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Installation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Installation#getName()
	 * @see #getInstallation()
	 * @generated
	 */
	EAttribute getInstallation_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Installation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see ssiplan.model.Installation#getDescription()
	 * @see #getInstallation()
	 * @generated
	 */
	EAttribute getInstallation_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Installation#getCecs <em>Cecs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cecs</em>'.
	 * @see ssiplan.model.Installation#getCecs()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Cecs();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Installation#getDasdVolumes <em>Dasd Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dasd Volumes</em>'.
	 * @see ssiplan.model.Installation#getDasdVolumes()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_DasdVolumes();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Installation#getRealDevices <em>Real Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Real Devices</em>'.
	 * @see ssiplan.model.Installation#getRealDevices()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_RealDevices();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Installation#getClusters <em>Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clusters</em>'.
	 * @see ssiplan.model.Installation#getClusters()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Clusters();

	/**
	 * Returns the meta object for the containment reference '{@link ssiplan.model.Installation#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see ssiplan.model.Installation#getSettings()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Installation#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see ssiplan.model.Installation#getScenarios()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Scenarios();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.PlanningSettings <em>Planning Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Settings</em>'.
	 * @see ssiplan.model.PlanningSettings
	 * @generated
	 */
	EClass getPlanningSettings();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.PlanningSettings#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Overcommit Limit</em>'.
	 * @see ssiplan.model.PlanningSettings#getMemoryOvercommitLimit()
	 * @see #getPlanningSettings()
	 * @generated
	 */
	EAttribute getPlanningSettings_MemoryOvercommitLimit();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.PlanningSettings#getPagingUseLimit <em>Paging Use Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paging Use Limit</em>'.
	 * @see ssiplan.model.PlanningSettings#getPagingUseLimit()
	 * @see #getPlanningSettings()
	 * @generated
	 */
	EAttribute getPlanningSettings_PagingUseLimit();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.PlanningSettings#getReleaseLimits <em>Release Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Release Limits</em>'.
	 * @see ssiplan.model.PlanningSettings#getReleaseLimits()
	 * @see #getPlanningSettings()
	 * @generated
	 */
	EReference getPlanningSettings_ReleaseLimits();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.ReleaseLimit <em>Release Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Release Limit</em>'.
	 * @see ssiplan.model.ReleaseLimit
	 * @generated
	 */
	EClass getReleaseLimit();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ReleaseLimit#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see ssiplan.model.ReleaseLimit#getRelease()
	 * @see #getReleaseLimit()
	 * @generated
	 */
	EAttribute getReleaseLimit_Release();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ReleaseLimit#getMaxMembers <em>Max Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Members</em>'.
	 * @see ssiplan.model.ReleaseLimit#getMaxMembers()
	 * @see #getReleaseLimit()
	 * @generated
	 */
	EAttribute getReleaseLimit_MaxMembers();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ReleaseLimit#isConfirmed <em>Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed</em>'.
	 * @see ssiplan.model.ReleaseLimit#isConfirmed()
	 * @see #getReleaseLimit()
	 * @generated
	 */
	EAttribute getReleaseLimit_Confirmed();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Cec <em>Cec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cec</em>'.
	 * @see ssiplan.model.Cec
	 * @generated
	 */
	EClass getCec();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Cec#getName()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getMachineType <em>Machine Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine Type</em>'.
	 * @see ssiplan.model.Cec#getMachineType()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_MachineType();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see ssiplan.model.Cec#getSerial()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_Serial();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see ssiplan.model.Cec#getSite()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_Site();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getMemoryGiB <em>Memory Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Gi B</em>'.
	 * @see ssiplan.model.Cec#getMemoryGiB()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_MemoryGiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getCpCount <em>Cp Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cp Count</em>'.
	 * @see ssiplan.model.Cec#getCpCount()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_CpCount();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Cec#getIflCount <em>Ifl Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ifl Count</em>'.
	 * @see ssiplan.model.Cec#getIflCount()
	 * @see #getCec()
	 * @generated
	 */
	EAttribute getCec_IflCount();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Cec#getChannelPaths <em>Channel Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channel Paths</em>'.
	 * @see ssiplan.model.Cec#getChannelPaths()
	 * @see #getCec()
	 * @generated
	 */
	EReference getCec_ChannelPaths();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Cec#getLpars <em>Lpars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lpars</em>'.
	 * @see ssiplan.model.Cec#getLpars()
	 * @see #getCec()
	 * @generated
	 */
	EReference getCec_Lpars();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.ChannelPath <em>Channel Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Path</em>'.
	 * @see ssiplan.model.ChannelPath
	 * @generated
	 */
	EClass getChannelPath();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ChannelPath#getChpid <em>Chpid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chpid</em>'.
	 * @see ssiplan.model.ChannelPath#getChpid()
	 * @see #getChannelPath()
	 * @generated
	 */
	EAttribute getChannelPath_Chpid();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ChannelPath#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see ssiplan.model.ChannelPath#getType()
	 * @see #getChannelPath()
	 * @generated
	 */
	EAttribute getChannelPath_Type();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ChannelPath#getSpeed <em>Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed</em>'.
	 * @see ssiplan.model.ChannelPath#getSpeed()
	 * @see #getChannelPath()
	 * @generated
	 */
	EAttribute getChannelPath_Speed();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ChannelPath#getPchid <em>Pchid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pchid</em>'.
	 * @see ssiplan.model.ChannelPath#getPchid()
	 * @see #getChannelPath()
	 * @generated
	 */
	EAttribute getChannelPath_Pchid();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Lpar <em>Lpar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lpar</em>'.
	 * @see ssiplan.model.Lpar
	 * @generated
	 */
	EClass getLpar();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Lpar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Lpar#getName()
	 * @see #getLpar()
	 * @generated
	 */
	EAttribute getLpar_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Lpar#getMemoryGiB <em>Memory Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Gi B</em>'.
	 * @see ssiplan.model.Lpar#getMemoryGiB()
	 * @see #getLpar()
	 * @generated
	 */
	EAttribute getLpar_MemoryGiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Lpar#getLogicalProcessors <em>Logical Processors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logical Processors</em>'.
	 * @see ssiplan.model.Lpar#getLogicalProcessors()
	 * @see #getLpar()
	 * @generated
	 */
	EAttribute getLpar_LogicalProcessors();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Lpar#getProcessorType <em>Processor Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processor Type</em>'.
	 * @see ssiplan.model.Lpar#getProcessorType()
	 * @see #getLpar()
	 * @generated
	 */
	EAttribute getLpar_ProcessorType();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.Lpar#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see ssiplan.model.Lpar#getMember()
	 * @see #getLpar()
	 * @generated
	 */
	EReference getLpar_Member();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.SsiCluster <em>Ssi Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ssi Cluster</em>'.
	 * @see ssiplan.model.SsiCluster
	 * @generated
	 */
	EClass getSsiCluster();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SsiCluster#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.SsiCluster#getName()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EAttribute getSsiCluster_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SsiCluster#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see ssiplan.model.SsiCluster#getRelease()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EAttribute getSsiCluster_Release();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.SsiCluster#getPdrVolume <em>Pdr Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pdr Volume</em>'.
	 * @see ssiplan.model.SsiCluster#getPdrVolume()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_PdrVolume();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SsiCluster#getUserPrefix <em>User Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Prefix</em>'.
	 * @see ssiplan.model.SsiCluster#getUserPrefix()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EAttribute getSsiCluster_UserPrefix();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see ssiplan.model.SsiCluster#getMembers()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getIsfcLinks <em>Isfc Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Isfc Links</em>'.
	 * @see ssiplan.model.SsiCluster#getIsfcLinks()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_IsfcLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getVirtualSwitches <em>Virtual Switches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Switches</em>'.
	 * @see ssiplan.model.SsiCluster#getVirtualSwitches()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_VirtualSwitches();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getRelocationDomains <em>Relocation Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relocation Domains</em>'.
	 * @see ssiplan.model.SsiCluster#getRelocationDomains()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_RelocationDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see ssiplan.model.SsiCluster#getProfiles()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_Profiles();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Machines</em>'.
	 * @see ssiplan.model.SsiCluster#getVirtualMachines()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_VirtualMachines();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.SsiCluster#getConfigStatements <em>Config Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Config Statements</em>'.
	 * @see ssiplan.model.SsiCluster#getConfigStatements()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EReference getSsiCluster_ConfigStatements();

	/**
	 * Returns the meta object for the attribute list '{@link ssiplan.model.SsiCluster#getDirectoryStatements <em>Directory Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directory Statements</em>'.
	 * @see ssiplan.model.SsiCluster#getDirectoryStatements()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EAttribute getSsiCluster_DirectoryStatements();

	/**
	 * Returns the meta object for the attribute list '{@link ssiplan.model.SsiCluster#getOtherDirectoryEntries <em>Other Directory Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Other Directory Entries</em>'.
	 * @see ssiplan.model.SsiCluster#getOtherDirectoryEntries()
	 * @see #getSsiCluster()
	 * @generated
	 */
	EAttribute getSsiCluster_OtherDirectoryEntries();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see ssiplan.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Member#getName()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see ssiplan.model.Member#getSlot()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Slot();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.Member#getLpar <em>Lpar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lpar</em>'.
	 * @see ssiplan.model.Member#getLpar()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Lpar();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getRelease <em>Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release</em>'.
	 * @see ssiplan.model.Member#getRelease()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Release();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getServiceLevel <em>Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Level</em>'.
	 * @see ssiplan.model.Member#getServiceLevel()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_ServiceLevel();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getMacPrefix <em>Mac Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Prefix</em>'.
	 * @see ssiplan.model.Member#getMacPrefix()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_MacPrefix();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getRealMemoryGiB <em>Real Memory Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Real Memory Gi B</em>'.
	 * @see ssiplan.model.Member#getRealMemoryGiB()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_RealMemoryGiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getPagingCapacityGiB <em>Paging Capacity Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paging Capacity Gi B</em>'.
	 * @see ssiplan.model.Member#getPagingCapacityGiB()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_PagingCapacityGiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Member#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial State</em>'.
	 * @see ssiplan.model.Member#getInitialState()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_InitialState();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.Member#getCpOwnedSlots <em>Cp Owned Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cp Owned Slots</em>'.
	 * @see ssiplan.model.Member#getCpOwnedSlots()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_CpOwnedSlots();

	/**
	 * Returns the meta object for the containment reference '{@link ssiplan.model.Member#getSystemResidence <em>System Residence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Residence</em>'.
	 * @see ssiplan.model.Member#getSystemResidence()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_SystemResidence();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.CpOwnedSlot <em>Cp Owned Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cp Owned Slot</em>'.
	 * @see ssiplan.model.CpOwnedSlot
	 * @generated
	 */
	EClass getCpOwnedSlot();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.CpOwnedSlot#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see ssiplan.model.CpOwnedSlot#getSlot()
	 * @see #getCpOwnedSlot()
	 * @generated
	 */
	EAttribute getCpOwnedSlot_Slot();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.CpOwnedSlot#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Volume</em>'.
	 * @see ssiplan.model.CpOwnedSlot#getVolume()
	 * @see #getCpOwnedSlot()
	 * @generated
	 */
	EReference getCpOwnedSlot_Volume();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.SystemResidence <em>System Residence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Residence</em>'.
	 * @see ssiplan.model.SystemResidence
	 * @generated
	 */
	EClass getSystemResidence();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.SystemResidence#getCheckpointVolume <em>Checkpoint Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Checkpoint Volume</em>'.
	 * @see ssiplan.model.SystemResidence#getCheckpointVolume()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EReference getSystemResidence_CheckpointVolume();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SystemResidence#getCheckpointStart <em>Checkpoint Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Start</em>'.
	 * @see ssiplan.model.SystemResidence#getCheckpointStart()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EAttribute getSystemResidence_CheckpointStart();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SystemResidence#getCheckpointSize <em>Checkpoint Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Size</em>'.
	 * @see ssiplan.model.SystemResidence#getCheckpointSize()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EAttribute getSystemResidence_CheckpointSize();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.SystemResidence#getWarmstartVolume <em>Warmstart Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Warmstart Volume</em>'.
	 * @see ssiplan.model.SystemResidence#getWarmstartVolume()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EReference getSystemResidence_WarmstartVolume();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SystemResidence#getWarmstartStart <em>Warmstart Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmstart Start</em>'.
	 * @see ssiplan.model.SystemResidence#getWarmstartStart()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EAttribute getSystemResidence_WarmstartStart();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SystemResidence#getWarmstartSize <em>Warmstart Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmstart Size</em>'.
	 * @see ssiplan.model.SystemResidence#getWarmstartSize()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EAttribute getSystemResidence_WarmstartSize();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SystemResidence#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see ssiplan.model.SystemResidence#getUnit()
	 * @see #getSystemResidence()
	 * @generated
	 */
	EAttribute getSystemResidence_Unit();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.ConfigStatement <em>Config Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Config Statement</em>'.
	 * @see ssiplan.model.ConfigStatement
	 * @generated
	 */
	EClass getConfigStatement();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ConfigStatement#getQualifier <em>Qualifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualifier</em>'.
	 * @see ssiplan.model.ConfigStatement#getQualifier()
	 * @see #getConfigStatement()
	 * @generated
	 */
	EAttribute getConfigStatement_Qualifier();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ConfigStatement#getKeyword <em>Keyword</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keyword</em>'.
	 * @see ssiplan.model.ConfigStatement#getKeyword()
	 * @see #getConfigStatement()
	 * @generated
	 */
	EAttribute getConfigStatement_Keyword();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ConfigStatement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see ssiplan.model.ConfigStatement#getText()
	 * @see #getConfigStatement()
	 * @generated
	 */
	EAttribute getConfigStatement_Text();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.DasdVolume <em>Dasd Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dasd Volume</em>'.
	 * @see ssiplan.model.DasdVolume
	 * @generated
	 */
	EClass getDasdVolume();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getVolser <em>Volser</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volser</em>'.
	 * @see ssiplan.model.DasdVolume#getVolser()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_Volser();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getDeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Type</em>'.
	 * @see ssiplan.model.DasdVolume#getDeviceType()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_DeviceType();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getCylinders <em>Cylinders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cylinders</em>'.
	 * @see ssiplan.model.DasdVolume#getCylinders()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_Cylinders();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getBlocks <em>Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocks</em>'.
	 * @see ssiplan.model.DasdVolume#getBlocks()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_Blocks();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getUse <em>Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use</em>'.
	 * @see ssiplan.model.DasdVolume#getUse()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_Use();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.DasdVolume#getOwnerMember <em>Owner Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Member</em>'.
	 * @see ssiplan.model.DasdVolume#getOwnerMember()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EReference getDasdVolume_OwnerMember();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.DasdVolume#getDeviceNumbers <em>Device Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Device Numbers</em>'.
	 * @see ssiplan.model.DasdVolume#getDeviceNumbers()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EReference getDasdVolume_DeviceNumbers();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DasdVolume#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see ssiplan.model.DasdVolume#getSite()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EAttribute getDasdVolume_Site();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.DasdVolume#getMirrorPartner <em>Mirror Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mirror Partner</em>'.
	 * @see ssiplan.model.DasdVolume#getMirrorPartner()
	 * @see #getDasdVolume()
	 * @generated
	 */
	EReference getDasdVolume_MirrorPartner();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.DeviceNumber <em>Device Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Number</em>'.
	 * @see ssiplan.model.DeviceNumber
	 * @generated
	 */
	EClass getDeviceNumber();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.DeviceNumber#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see ssiplan.model.DeviceNumber#getMember()
	 * @see #getDeviceNumber()
	 * @generated
	 */
	EReference getDeviceNumber_Member();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DeviceNumber#getRdev <em>Rdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdev</em>'.
	 * @see ssiplan.model.DeviceNumber#getRdev()
	 * @see #getDeviceNumber()
	 * @generated
	 */
	EAttribute getDeviceNumber_Rdev();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.IsfcLink <em>Isfc Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Isfc Link</em>'.
	 * @see ssiplan.model.IsfcLink
	 * @generated
	 */
	EClass getIsfcLink();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.IsfcLink#getMemberA <em>Member A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member A</em>'.
	 * @see ssiplan.model.IsfcLink#getMemberA()
	 * @see #getIsfcLink()
	 * @generated
	 */
	EReference getIsfcLink_MemberA();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.IsfcLink#getMemberB <em>Member B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member B</em>'.
	 * @see ssiplan.model.IsfcLink#getMemberB()
	 * @see #getIsfcLink()
	 * @generated
	 */
	EReference getIsfcLink_MemberB();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.IsfcLink#getCtcConnections <em>Ctc Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ctc Connections</em>'.
	 * @see ssiplan.model.IsfcLink#getCtcConnections()
	 * @see #getIsfcLink()
	 * @generated
	 */
	EReference getIsfcLink_CtcConnections();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.CtcConnection <em>Ctc Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ctc Connection</em>'.
	 * @see ssiplan.model.CtcConnection
	 * @generated
	 */
	EClass getCtcConnection();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.CtcConnection#getDeviceA <em>Device A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device A</em>'.
	 * @see ssiplan.model.CtcConnection#getDeviceA()
	 * @see #getCtcConnection()
	 * @generated
	 */
	EAttribute getCtcConnection_DeviceA();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.CtcConnection#getDeviceB <em>Device B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device B</em>'.
	 * @see ssiplan.model.CtcConnection#getDeviceB()
	 * @see #getCtcConnection()
	 * @generated
	 */
	EAttribute getCtcConnection_DeviceB();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.CtcConnection#getChpidA <em>Chpid A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chpid A</em>'.
	 * @see ssiplan.model.CtcConnection#getChpidA()
	 * @see #getCtcConnection()
	 * @generated
	 */
	EReference getCtcConnection_ChpidA();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.CtcConnection#getChpidB <em>Chpid B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chpid B</em>'.
	 * @see ssiplan.model.CtcConnection#getChpidB()
	 * @see #getCtcConnection()
	 * @generated
	 */
	EReference getCtcConnection_ChpidB();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.RealDevice <em>Real Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Real Device</em>'.
	 * @see ssiplan.model.RealDevice
	 * @generated
	 */
	EClass getRealDevice();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.RealDevice#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.RealDevice#getName()
	 * @see #getRealDevice()
	 * @generated
	 */
	EAttribute getRealDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.RealDevice#getEqid <em>Eqid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eqid</em>'.
	 * @see ssiplan.model.RealDevice#getEqid()
	 * @see #getRealDevice()
	 * @generated
	 */
	EAttribute getRealDevice_Eqid();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.RealDevice#getChpid <em>Chpid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chpid</em>'.
	 * @see ssiplan.model.RealDevice#getChpid()
	 * @see #getRealDevice()
	 * @generated
	 */
	EReference getRealDevice_Chpid();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.RealDevice#getDeviceNumbers <em>Device Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Device Numbers</em>'.
	 * @see ssiplan.model.RealDevice#getDeviceNumbers()
	 * @see #getRealDevice()
	 * @generated
	 */
	EReference getRealDevice_DeviceNumbers();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.OsaDevice <em>Osa Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Osa Device</em>'.
	 * @see ssiplan.model.OsaDevice
	 * @generated
	 */
	EClass getOsaDevice();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OsaDevice#getLanSegment <em>Lan Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lan Segment</em>'.
	 * @see ssiplan.model.OsaDevice#getLanSegment()
	 * @see #getOsaDevice()
	 * @generated
	 */
	EAttribute getOsaDevice_LanSegment();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.FcpDevice <em>Fcp Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fcp Device</em>'.
	 * @see ssiplan.model.FcpDevice
	 * @generated
	 */
	EClass getFcpDevice();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.FcpDevice#getFabric <em>Fabric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fabric</em>'.
	 * @see ssiplan.model.FcpDevice#getFabric()
	 * @see #getFcpDevice()
	 * @generated
	 */
	EAttribute getFcpDevice_Fabric();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.HiperSocketsDevice <em>Hiper Sockets Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hiper Sockets Device</em>'.
	 * @see ssiplan.model.HiperSocketsDevice
	 * @generated
	 */
	EClass getHiperSocketsDevice();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.HiperSocketsDevice#getLanSegment <em>Lan Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lan Segment</em>'.
	 * @see ssiplan.model.HiperSocketsDevice#getLanSegment()
	 * @see #getHiperSocketsDevice()
	 * @generated
	 */
	EAttribute getHiperSocketsDevice_LanSegment();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.VirtualSwitch <em>Virtual Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Switch</em>'.
	 * @see ssiplan.model.VirtualSwitch
	 * @generated
	 */
	EClass getVirtualSwitch();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.VirtualSwitch#getName()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see ssiplan.model.VirtualSwitch#getType()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_Type();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see ssiplan.model.VirtualSwitch#getTransport()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_Transport();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getVlanMode <em>Vlan Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan Mode</em>'.
	 * @see ssiplan.model.VirtualSwitch#getVlanMode()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_VlanMode();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getDefaultVlan <em>Default Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Vlan</em>'.
	 * @see ssiplan.model.VirtualSwitch#getDefaultVlan()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_DefaultVlan();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getPortAssignment <em>Port Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Assignment</em>'.
	 * @see ssiplan.model.VirtualSwitch#getPortAssignment()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_PortAssignment();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.VirtualSwitch#getUplinks <em>Uplinks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Uplinks</em>'.
	 * @see ssiplan.model.VirtualSwitch#getUplinks()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EReference getVirtualSwitch_Uplinks();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.VirtualSwitch#getGrantedUsers <em>Granted Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Granted Users</em>'.
	 * @see ssiplan.model.VirtualSwitch#getGrantedUsers()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EReference getVirtualSwitch_GrantedUsers();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualSwitch#getOtherOperands <em>Other Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operands</em>'.
	 * @see ssiplan.model.VirtualSwitch#getOtherOperands()
	 * @see #getVirtualSwitch()
	 * @generated
	 */
	EAttribute getVirtualSwitch_OtherOperands();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.VswitchUplink <em>Vswitch Uplink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vswitch Uplink</em>'.
	 * @see ssiplan.model.VswitchUplink
	 * @generated
	 */
	EClass getVswitchUplink();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.VswitchUplink#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see ssiplan.model.VswitchUplink#getMember()
	 * @see #getVswitchUplink()
	 * @generated
	 */
	EReference getVswitchUplink_Member();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.VswitchUplink#getOsaDevices <em>Osa Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Osa Devices</em>'.
	 * @see ssiplan.model.VswitchUplink#getOsaDevices()
	 * @see #getVswitchUplink()
	 * @generated
	 */
	EReference getVswitchUplink_OsaDevices();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VswitchUplink#getOtherOperands <em>Other Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operands</em>'.
	 * @see ssiplan.model.VswitchUplink#getOtherOperands()
	 * @see #getVswitchUplink()
	 * @generated
	 */
	EAttribute getVswitchUplink_OtherOperands();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.RelocationDomain <em>Relocation Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relocation Domain</em>'.
	 * @see ssiplan.model.RelocationDomain
	 * @generated
	 */
	EClass getRelocationDomain();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.RelocationDomain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.RelocationDomain#getName()
	 * @see #getRelocationDomain()
	 * @generated
	 */
	EAttribute getRelocationDomain_Name();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.RelocationDomain#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see ssiplan.model.RelocationDomain#getMembers()
	 * @see #getRelocationDomain()
	 * @generated
	 */
	EReference getRelocationDomain_Members();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.DirectoryEntry <em>Directory Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory Entry</em>'.
	 * @see ssiplan.model.DirectoryEntry
	 * @generated
	 */
	EClass getDirectoryEntry();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.DirectoryEntry#getMinidisks <em>Minidisks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Minidisks</em>'.
	 * @see ssiplan.model.DirectoryEntry#getMinidisks()
	 * @see #getDirectoryEntry()
	 * @generated
	 */
	EReference getDirectoryEntry_Minidisks();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.DirectoryEntry#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see ssiplan.model.DirectoryEntry#getLinks()
	 * @see #getDirectoryEntry()
	 * @generated
	 */
	EReference getDirectoryEntry_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.DirectoryEntry#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nics</em>'.
	 * @see ssiplan.model.DirectoryEntry#getNics()
	 * @see #getDirectoryEntry()
	 * @generated
	 */
	EReference getDirectoryEntry_Nics();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.DirectoryEntry#getDedicatedDevices <em>Dedicated Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dedicated Devices</em>'.
	 * @see ssiplan.model.DirectoryEntry#getDedicatedDevices()
	 * @see #getDirectoryEntry()
	 * @generated
	 */
	EReference getDirectoryEntry_DedicatedDevices();

	/**
	 * Returns the meta object for the attribute list '{@link ssiplan.model.DirectoryEntry#getOtherStatements <em>Other Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Other Statements</em>'.
	 * @see ssiplan.model.DirectoryEntry#getOtherStatements()
	 * @see #getDirectoryEntry()
	 * @generated
	 */
	EAttribute getDirectoryEntry_OtherStatements();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Profile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile</em>'.
	 * @see ssiplan.model.Profile
	 * @generated
	 */
	EClass getProfile();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Profile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Profile#getName()
	 * @see #getProfile()
	 * @generated
	 */
	EAttribute getProfile_Name();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see ssiplan.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getUserid <em>Userid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Userid</em>'.
	 * @see ssiplan.model.VirtualMachine#getUserid()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Userid();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getStorageMiB <em>Storage Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Mi B</em>'.
	 * @see ssiplan.model.VirtualMachine#getStorageMiB()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_StorageMiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getMaxStorageMiB <em>Max Storage Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Storage Mi B</em>'.
	 * @see ssiplan.model.VirtualMachine#getMaxStorageMiB()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_MaxStorageMiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getVirtualCpus <em>Virtual Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Cpus</em>'.
	 * @see ssiplan.model.VirtualMachine#getVirtualCpus()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_VirtualCpus();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getCpuType <em>Cpu Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Type</em>'.
	 * @see ssiplan.model.VirtualMachine#getCpuType()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_CpuType();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getPrivilegeClasses <em>Privilege Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privilege Classes</em>'.
	 * @see ssiplan.model.VirtualMachine#getPrivilegeClasses()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_PrivilegeClasses();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getGuestOs <em>Guest Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Os</em>'.
	 * @see ssiplan.model.VirtualMachine#getGuestOs()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_GuestOs();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#isRelocatable <em>Relocatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relocatable</em>'.
	 * @see ssiplan.model.VirtualMachine#isRelocatable()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Relocatable();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.VirtualMachine#getRelocationDomain <em>Relocation Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relocation Domain</em>'.
	 * @see ssiplan.model.VirtualMachine#getRelocationDomain()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_RelocationDomain();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#isChpidVirtualizationOne <em>Chpid Virtualization One</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chpid Virtualization One</em>'.
	 * @see ssiplan.model.VirtualMachine#isChpidVirtualizationOne()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_ChpidVirtualizationOne();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.VirtualMachine#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Profile</em>'.
	 * @see ssiplan.model.VirtualMachine#getProfile()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Profile();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getIpl <em>Ipl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipl</em>'.
	 * @see ssiplan.model.VirtualMachine#getIpl()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Ipl();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.VirtualMachine#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see ssiplan.model.VirtualMachine#getSegments()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Segments();

	/**
	 * Returns the meta object for the containment reference '{@link ssiplan.model.VirtualMachine#getCrypto <em>Crypto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Crypto</em>'.
	 * @see ssiplan.model.VirtualMachine#getCrypto()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Crypto();

	/**
	 * Returns the meta object for the containment reference '{@link ssiplan.model.VirtualMachine#getWorkload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Workload</em>'.
	 * @see ssiplan.model.VirtualMachine#getWorkload()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Workload();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerable Outage Seconds</em>'.
	 * @see ssiplan.model.VirtualMachine#getTolerableOutageSeconds()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_TolerableOutageSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.VirtualMachine#getAntiAffinityGroup <em>Anti Affinity Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anti Affinity Group</em>'.
	 * @see ssiplan.model.VirtualMachine#getAntiAffinityGroup()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_AntiAffinityGroup();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.UserEntry <em>User Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Entry</em>'.
	 * @see ssiplan.model.UserEntry
	 * @generated
	 */
	EClass getUserEntry();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.UserEntry#getHomeMember <em>Home Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Home Member</em>'.
	 * @see ssiplan.model.UserEntry#getHomeMember()
	 * @see #getUserEntry()
	 * @generated
	 */
	EReference getUserEntry_HomeMember();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.IdentityEntry <em>Identity Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Entry</em>'.
	 * @see ssiplan.model.IdentityEntry
	 * @generated
	 */
	EClass getIdentityEntry();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.IdentityEntry#getSubconfigs <em>Subconfigs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subconfigs</em>'.
	 * @see ssiplan.model.IdentityEntry#getSubconfigs()
	 * @see #getIdentityEntry()
	 * @generated
	 */
	EReference getIdentityEntry_Subconfigs();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Subconfig <em>Subconfig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subconfig</em>'.
	 * @see ssiplan.model.Subconfig
	 * @generated
	 */
	EClass getSubconfig();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Subconfig#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Subconfig#getName()
	 * @see #getSubconfig()
	 * @generated
	 */
	EAttribute getSubconfig_Name();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.Subconfig#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see ssiplan.model.Subconfig#getMember()
	 * @see #getSubconfig()
	 * @generated
	 */
	EReference getSubconfig_Member();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Subconfig#isLoggedOn <em>Logged On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logged On</em>'.
	 * @see ssiplan.model.Subconfig#isLoggedOn()
	 * @see #getSubconfig()
	 * @generated
	 */
	EAttribute getSubconfig_LoggedOn();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Minidisk <em>Minidisk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Minidisk</em>'.
	 * @see ssiplan.model.Minidisk
	 * @generated
	 */
	EClass getMinidisk();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Minidisk#getVaddr <em>Vaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vaddr</em>'.
	 * @see ssiplan.model.Minidisk#getVaddr()
	 * @see #getMinidisk()
	 * @generated
	 */
	EAttribute getMinidisk_Vaddr();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Minidisk#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see ssiplan.model.Minidisk#getKind()
	 * @see #getMinidisk()
	 * @generated
	 */
	EAttribute getMinidisk_Kind();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.Minidisk#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Volume</em>'.
	 * @see ssiplan.model.Minidisk#getVolume()
	 * @see #getMinidisk()
	 * @generated
	 */
	EReference getMinidisk_Volume();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Minidisk#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see ssiplan.model.Minidisk#getStart()
	 * @see #getMinidisk()
	 * @generated
	 */
	EAttribute getMinidisk_Start();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Minidisk#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see ssiplan.model.Minidisk#getSize()
	 * @see #getMinidisk()
	 * @generated
	 */
	EAttribute getMinidisk_Size();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Minidisk#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see ssiplan.model.Minidisk#getMode()
	 * @see #getMinidisk()
	 * @generated
	 */
	EAttribute getMinidisk_Mode();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.MinidiskLink <em>Minidisk Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Minidisk Link</em>'.
	 * @see ssiplan.model.MinidiskLink
	 * @generated
	 */
	EClass getMinidiskLink();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MinidiskLink#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see ssiplan.model.MinidiskLink#getOwner()
	 * @see #getMinidiskLink()
	 * @generated
	 */
	EAttribute getMinidiskLink_Owner();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MinidiskLink#getOwnerVaddr <em>Owner Vaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Vaddr</em>'.
	 * @see ssiplan.model.MinidiskLink#getOwnerVaddr()
	 * @see #getMinidiskLink()
	 * @generated
	 */
	EAttribute getMinidiskLink_OwnerVaddr();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MinidiskLink#getVaddr <em>Vaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vaddr</em>'.
	 * @see ssiplan.model.MinidiskLink#getVaddr()
	 * @see #getMinidiskLink()
	 * @generated
	 */
	EAttribute getMinidiskLink_Vaddr();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MinidiskLink#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see ssiplan.model.MinidiskLink#getMode()
	 * @see #getMinidiskLink()
	 * @generated
	 */
	EAttribute getMinidiskLink_Mode();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.NicDef <em>Nic Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nic Def</em>'.
	 * @see ssiplan.model.NicDef
	 * @generated
	 */
	EClass getNicDef();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.NicDef#getVaddr <em>Vaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vaddr</em>'.
	 * @see ssiplan.model.NicDef#getVaddr()
	 * @see #getNicDef()
	 * @generated
	 */
	EAttribute getNicDef_Vaddr();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.NicDef#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see ssiplan.model.NicDef#getType()
	 * @see #getNicDef()
	 * @generated
	 */
	EAttribute getNicDef_Type();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.NicDef#getVswitch <em>Vswitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vswitch</em>'.
	 * @see ssiplan.model.NicDef#getVswitch()
	 * @see #getNicDef()
	 * @generated
	 */
	EReference getNicDef_Vswitch();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.NicDef#getMacId <em>Mac Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Id</em>'.
	 * @see ssiplan.model.NicDef#getMacId()
	 * @see #getNicDef()
	 * @generated
	 */
	EAttribute getNicDef_MacId();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.NicDef#getVlan <em>Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan</em>'.
	 * @see ssiplan.model.NicDef#getVlan()
	 * @see #getNicDef()
	 * @generated
	 */
	EAttribute getNicDef_Vlan();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.NicDef#getOtherOperands <em>Other Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Operands</em>'.
	 * @see ssiplan.model.NicDef#getOtherOperands()
	 * @see #getNicDef()
	 * @generated
	 */
	EAttribute getNicDef_OtherOperands();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.DedicatedDevice <em>Dedicated Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dedicated Device</em>'.
	 * @see ssiplan.model.DedicatedDevice
	 * @generated
	 */
	EClass getDedicatedDevice();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DedicatedDevice#getVaddr <em>Vaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vaddr</em>'.
	 * @see ssiplan.model.DedicatedDevice#getVaddr()
	 * @see #getDedicatedDevice()
	 * @generated
	 */
	EAttribute getDedicatedDevice_Vaddr();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.DedicatedDevice#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see ssiplan.model.DedicatedDevice#getDevice()
	 * @see #getDedicatedDevice()
	 * @generated
	 */
	EReference getDedicatedDevice_Device();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DedicatedDevice#getRdev <em>Rdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdev</em>'.
	 * @see ssiplan.model.DedicatedDevice#getRdev()
	 * @see #getDedicatedDevice()
	 * @generated
	 */
	EAttribute getDedicatedDevice_Rdev();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.SegmentUse <em>Segment Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Use</em>'.
	 * @see ssiplan.model.SegmentUse
	 * @generated
	 */
	EClass getSegmentUse();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SegmentUse#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.SegmentUse#getName()
	 * @see #getSegmentUse()
	 * @generated
	 */
	EAttribute getSegmentUse_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SegmentUse#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see ssiplan.model.SegmentUse#getKind()
	 * @see #getSegmentUse()
	 * @generated
	 */
	EAttribute getSegmentUse_Kind();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.SegmentUse#getPageType <em>Page Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Type</em>'.
	 * @see ssiplan.model.SegmentUse#getPageType()
	 * @see #getSegmentUse()
	 * @generated
	 */
	EAttribute getSegmentUse_PageType();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Crypto <em>Crypto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crypto</em>'.
	 * @see ssiplan.model.Crypto
	 * @generated
	 */
	EClass getCrypto();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Crypto#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see ssiplan.model.Crypto#getMode()
	 * @see #getCrypto()
	 * @generated
	 */
	EAttribute getCrypto_Mode();

	/**
	 * Returns the meta object for the attribute list '{@link ssiplan.model.Crypto#getAdapters <em>Adapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Adapters</em>'.
	 * @see ssiplan.model.Crypto#getAdapters()
	 * @see #getCrypto()
	 * @generated
	 */
	EAttribute getCrypto_Adapters();

	/**
	 * Returns the meta object for the attribute list '{@link ssiplan.model.Crypto#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Domains</em>'.
	 * @see ssiplan.model.Crypto#getDomains()
	 * @see #getCrypto()
	 * @generated
	 */
	EAttribute getCrypto_Domains();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.WorkloadProfile <em>Workload Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload Profile</em>'.
	 * @see ssiplan.model.WorkloadProfile
	 * @generated
	 */
	EClass getWorkloadProfile();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.WorkloadProfile#getTouchedStorageMiB <em>Touched Storage Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Touched Storage Mi B</em>'.
	 * @see ssiplan.model.WorkloadProfile#getTouchedStorageMiB()
	 * @see #getWorkloadProfile()
	 * @generated
	 */
	EAttribute getWorkloadProfile_TouchedStorageMiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.WorkloadProfile#getDirtyPagesPerSecond <em>Dirty Pages Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dirty Pages Per Second</em>'.
	 * @see ssiplan.model.WorkloadProfile#getDirtyPagesPerSecond()
	 * @see #getWorkloadProfile()
	 * @generated
	 */
	EAttribute getWorkloadProfile_DirtyPagesPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.WorkloadProfile#getWritableWorkingSetMiB <em>Writable Working Set Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable Working Set Mi B</em>'.
	 * @see ssiplan.model.WorkloadProfile#getWritableWorkingSetMiB()
	 * @see #getWorkloadProfile()
	 * @generated
	 */
	EAttribute getWorkloadProfile_WritableWorkingSetMiB();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.WorkloadProfile#getCpuDemand <em>Cpu Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Demand</em>'.
	 * @see ssiplan.model.WorkloadProfile#getCpuDemand()
	 * @see #getWorkloadProfile()
	 * @generated
	 */
	EAttribute getWorkloadProfile_CpuDemand();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.WorkloadProfile#getStateTransferSeconds <em>State Transfer Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Transfer Seconds</em>'.
	 * @see ssiplan.model.WorkloadProfile#getStateTransferSeconds()
	 * @see #getWorkloadProfile()
	 * @generated
	 */
	EAttribute getWorkloadProfile_StateTransferSeconds();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see ssiplan.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ssiplan.model.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see ssiplan.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.Scenario#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster</em>'.
	 * @see ssiplan.model.Scenario#getCluster()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Cluster();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getConcurrentRelocations <em>Concurrent Relocations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concurrent Relocations</em>'.
	 * @see ssiplan.model.Scenario#getConcurrentRelocations()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ConcurrentRelocations();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Quiesce Seconds</em>'.
	 * @see ssiplan.model.Scenario#getMaxQuiesceSeconds()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MaxQuiesceSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getMaxTotalSeconds <em>Max Total Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Total Seconds</em>'.
	 * @see ssiplan.model.Scenario#getMaxTotalSeconds()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MaxTotalSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#isImmediate <em>Immediate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Immediate</em>'.
	 * @see ssiplan.model.Scenario#isImmediate()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Immediate();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Overcommit Limit</em>'.
	 * @see ssiplan.model.Scenario#getMemoryOvercommitLimit()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MemoryOvercommitLimit();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Overcommit Limit</em>'.
	 * @see ssiplan.model.Scenario#getCpuOvercommitLimit()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_CpuOvercommitLimit();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Scenario#getIplSeconds <em>Ipl Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipl Seconds</em>'.
	 * @see ssiplan.model.Scenario#getIplSeconds()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_IplSeconds();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.MaintenanceRollout <em>Maintenance Rollout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maintenance Rollout</em>'.
	 * @see ssiplan.model.MaintenanceRollout
	 * @generated
	 */
	EClass getMaintenanceRollout();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.MaintenanceRollout#getMemberOrder <em>Member Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Member Order</em>'.
	 * @see ssiplan.model.MaintenanceRollout#getMemberOrder()
	 * @see #getMaintenanceRollout()
	 * @generated
	 */
	EReference getMaintenanceRollout_MemberOrder();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MaintenanceRollout#getTargetServiceLevel <em>Target Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Service Level</em>'.
	 * @see ssiplan.model.MaintenanceRollout#getTargetServiceLevel()
	 * @see #getMaintenanceRollout()
	 * @generated
	 */
	EAttribute getMaintenanceRollout_TargetServiceLevel();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MaintenanceRollout#isMoveGuestsBack <em>Move Guests Back</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Move Guests Back</em>'.
	 * @see ssiplan.model.MaintenanceRollout#isMoveGuestsBack()
	 * @see #getMaintenanceRollout()
	 * @generated
	 */
	EAttribute getMaintenanceRollout_MoveGuestsBack();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.UtilityLparMaintenance <em>Utility Lpar Maintenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Utility Lpar Maintenance</em>'.
	 * @see ssiplan.model.UtilityLparMaintenance
	 * @generated
	 */
	EClass getUtilityLparMaintenance();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.UtilityLparMaintenance#getProductionMember <em>Production Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Production Member</em>'.
	 * @see ssiplan.model.UtilityLparMaintenance#getProductionMember()
	 * @see #getUtilityLparMaintenance()
	 * @generated
	 */
	EReference getUtilityLparMaintenance_ProductionMember();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.UtilityLparMaintenance#getUtilityMember <em>Utility Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Utility Member</em>'.
	 * @see ssiplan.model.UtilityLparMaintenance#getUtilityMember()
	 * @see #getUtilityLparMaintenance()
	 * @generated
	 */
	EReference getUtilityLparMaintenance_UtilityMember();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.UtilityLparMaintenance#getTargetServiceLevel <em>Target Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Service Level</em>'.
	 * @see ssiplan.model.UtilityLparMaintenance#getTargetServiceLevel()
	 * @see #getUtilityLparMaintenance()
	 * @generated
	 */
	EAttribute getUtilityLparMaintenance_TargetServiceLevel();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.UtilityLparMaintenance#isReleaseUtilityLpar <em>Release Utility Lpar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release Utility Lpar</em>'.
	 * @see ssiplan.model.UtilityLparMaintenance#isReleaseUtilityLpar()
	 * @see #getUtilityLparMaintenance()
	 * @generated
	 */
	EAttribute getUtilityLparMaintenance_ReleaseUtilityLpar();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.ProcessorMigration <em>Processor Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Processor Migration</em>'.
	 * @see ssiplan.model.ProcessorMigration
	 * @generated
	 */
	EClass getProcessorMigration();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.ProcessorMigration#getReplacedCec <em>Replaced Cec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replaced Cec</em>'.
	 * @see ssiplan.model.ProcessorMigration#getReplacedCec()
	 * @see #getProcessorMigration()
	 * @generated
	 */
	EReference getProcessorMigration_ReplacedCec();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ProcessorMigration#getNewMachineType <em>New Machine Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Machine Type</em>'.
	 * @see ssiplan.model.ProcessorMigration#getNewMachineType()
	 * @see #getProcessorMigration()
	 * @generated
	 */
	EAttribute getProcessorMigration_NewMachineType();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.ProcessorMigration#isMoveGuestsBack <em>Move Guests Back</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Move Guests Back</em>'.
	 * @see ssiplan.model.ProcessorMigration#isMoveGuestsBack()
	 * @see #getProcessorMigration()
	 * @generated
	 */
	EAttribute getProcessorMigration_MoveGuestsBack();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.DisasterRecovery <em>Disaster Recovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disaster Recovery</em>'.
	 * @see ssiplan.model.DisasterRecovery
	 * @generated
	 */
	EClass getDisasterRecovery();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.DisasterRecovery#getFailedMembers <em>Failed Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Failed Members</em>'.
	 * @see ssiplan.model.DisasterRecovery#getFailedMembers()
	 * @see #getDisasterRecovery()
	 * @generated
	 */
	EReference getDisasterRecovery_FailedMembers();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.DisasterRecovery#getStandbyMembers <em>Standby Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Standby Members</em>'.
	 * @see ssiplan.model.DisasterRecovery#getStandbyMembers()
	 * @see #getDisasterRecovery()
	 * @generated
	 */
	EReference getDisasterRecovery_StandbyMembers();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DisasterRecovery#getSeverMirroringSeconds <em>Sever Mirroring Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sever Mirroring Seconds</em>'.
	 * @see ssiplan.model.DisasterRecovery#getSeverMirroringSeconds()
	 * @see #getDisasterRecovery()
	 * @generated
	 */
	EAttribute getDisasterRecovery_SeverMirroringSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.DisasterRecovery#getDeclareDownSeconds <em>Declare Down Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declare Down Seconds</em>'.
	 * @see ssiplan.model.DisasterRecovery#getDeclareDownSeconds()
	 * @see #getDisasterRecovery()
	 * @generated
	 */
	EAttribute getDisasterRecovery_DeclareDownSeconds();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.MemberFailure <em>Member Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member Failure</em>'.
	 * @see ssiplan.model.MemberFailure
	 * @generated
	 */
	EClass getMemberFailure();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.MemberFailure#getFailedMember <em>Failed Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Failed Member</em>'.
	 * @see ssiplan.model.MemberFailure#getFailedMember()
	 * @see #getMemberFailure()
	 * @generated
	 */
	EReference getMemberFailure_FailedMember();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MemberFailure#getFailure <em>Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure</em>'.
	 * @see ssiplan.model.MemberFailure#getFailure()
	 * @see #getMemberFailure()
	 * @generated
	 */
	EAttribute getMemberFailure_Failure();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MemberFailure#getDeclareDownSeconds <em>Declare Down Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declare Down Seconds</em>'.
	 * @see ssiplan.model.MemberFailure#getDeclareDownSeconds()
	 * @see #getMemberFailure()
	 * @generated
	 */
	EAttribute getMemberFailure_DeclareDownSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.MemberFailure#isRestartGuests <em>Restart Guests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restart Guests</em>'.
	 * @see ssiplan.model.MemberFailure#isRestartGuests()
	 * @see #getMemberFailure()
	 * @generated
	 */
	EAttribute getMemberFailure_RestartGuests();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.Rebalance <em>Rebalance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rebalance</em>'.
	 * @see ssiplan.model.Rebalance
	 * @generated
	 */
	EClass getRebalance();

	/**
	 * Returns the meta object for the reference list '{@link ssiplan.model.Rebalance#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see ssiplan.model.Rebalance#getMembers()
	 * @see #getRebalance()
	 * @generated
	 */
	EReference getRebalance_Members();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.Rebalance#getTolerancePercent <em>Tolerance Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance Percent</em>'.
	 * @see ssiplan.model.Rebalance#getTolerancePercent()
	 * @see #getRebalance()
	 * @generated
	 */
	EAttribute getRebalance_TolerancePercent();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.OperatorScript <em>Operator Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operator Script</em>'.
	 * @see ssiplan.model.OperatorScript
	 * @generated
	 */
	EClass getOperatorScript();

	/**
	 * Returns the meta object for the containment reference list '{@link ssiplan.model.OperatorScript#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see ssiplan.model.OperatorScript#getSteps()
	 * @see #getOperatorScript()
	 * @generated
	 */
	EReference getOperatorScript_Steps();

	/**
	 * Returns the meta object for class '{@link ssiplan.model.OperatorStep <em>Operator Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operator Step</em>'.
	 * @see ssiplan.model.OperatorStep
	 * @generated
	 */
	EClass getOperatorStep();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OperatorStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see ssiplan.model.OperatorStep#getAction()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EAttribute getOperatorStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OperatorStep#getAtSeconds <em>At Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Seconds</em>'.
	 * @see ssiplan.model.OperatorStep#getAtSeconds()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EAttribute getOperatorStep_AtSeconds();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OperatorStep#isWaitForPrevious <em>Wait For Previous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wait For Previous</em>'.
	 * @see ssiplan.model.OperatorStep#isWaitForPrevious()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EAttribute getOperatorStep_WaitForPrevious();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.OperatorStep#getGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Guest</em>'.
	 * @see ssiplan.model.OperatorStep#getGuest()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EReference getOperatorStep_Guest();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.OperatorStep#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see ssiplan.model.OperatorStep#getMember()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EReference getOperatorStep_Member();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.OperatorStep#getOtherMember <em>Other Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Other Member</em>'.
	 * @see ssiplan.model.OperatorStep#getOtherMember()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EReference getOperatorStep_OtherMember();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OperatorStep#getServiceLevel <em>Service Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Level</em>'.
	 * @see ssiplan.model.OperatorStep#getServiceLevel()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EAttribute getOperatorStep_ServiceLevel();

	/**
	 * Returns the meta object for the reference '{@link ssiplan.model.OperatorStep#getCec <em>Cec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cec</em>'.
	 * @see ssiplan.model.OperatorStep#getCec()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EReference getOperatorStep_Cec();

	/**
	 * Returns the meta object for the attribute '{@link ssiplan.model.OperatorStep#getMachineType <em>Machine Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine Type</em>'.
	 * @see ssiplan.model.OperatorStep#getMachineType()
	 * @see #getOperatorStep()
	 * @generated
	 */
	EAttribute getOperatorStep_MachineType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.MachineType <em>Machine Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Machine Type</em>'.
	 * @see ssiplan.model.MachineType
	 * @generated
	 */
	EEnum getMachineType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.ChannelPathType <em>Channel Path Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Path Type</em>'.
	 * @see ssiplan.model.ChannelPathType
	 * @generated
	 */
	EEnum getChannelPathType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.FiconSpeed <em>Ficon Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ficon Speed</em>'.
	 * @see ssiplan.model.FiconSpeed
	 * @generated
	 */
	EEnum getFiconSpeed();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.ProcessorType <em>Processor Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Processor Type</em>'.
	 * @see ssiplan.model.ProcessorType
	 * @generated
	 */
	EEnum getProcessorType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.ZvmRelease <em>Zvm Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zvm Release</em>'.
	 * @see ssiplan.model.ZvmRelease
	 * @generated
	 */
	EEnum getZvmRelease();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.MemberState <em>Member State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Member State</em>'.
	 * @see ssiplan.model.MemberState
	 * @generated
	 */
	EEnum getMemberState();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.DasdDeviceType <em>Dasd Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dasd Device Type</em>'.
	 * @see ssiplan.model.DasdDeviceType
	 * @generated
	 */
	EEnum getDasdDeviceType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.VolumeUse <em>Volume Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Volume Use</em>'.
	 * @see ssiplan.model.VolumeUse
	 * @generated
	 */
	EEnum getVolumeUse();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.VswitchType <em>Vswitch Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vswitch Type</em>'.
	 * @see ssiplan.model.VswitchType
	 * @generated
	 */
	EEnum getVswitchType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.VswitchTransport <em>Vswitch Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vswitch Transport</em>'.
	 * @see ssiplan.model.VswitchTransport
	 * @generated
	 */
	EEnum getVswitchTransport();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.VlanMode <em>Vlan Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vlan Mode</em>'.
	 * @see ssiplan.model.VlanMode
	 * @generated
	 */
	EEnum getVlanMode();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.PortAssignment <em>Port Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Port Assignment</em>'.
	 * @see ssiplan.model.PortAssignment
	 * @generated
	 */
	EEnum getPortAssignment();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.GuestOs <em>Guest Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guest Os</em>'.
	 * @see ssiplan.model.GuestOs
	 * @generated
	 */
	EEnum getGuestOs();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.MinidiskKind <em>Minidisk Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Minidisk Kind</em>'.
	 * @see ssiplan.model.MinidiskKind
	 * @generated
	 */
	EEnum getMinidiskKind();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.AccessMode <em>Access Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Access Mode</em>'.
	 * @see ssiplan.model.AccessMode
	 * @generated
	 */
	EEnum getAccessMode();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.NicType <em>Nic Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nic Type</em>'.
	 * @see ssiplan.model.NicType
	 * @generated
	 */
	EEnum getNicType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.SegmentKind <em>Segment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Kind</em>'.
	 * @see ssiplan.model.SegmentKind
	 * @generated
	 */
	EEnum getSegmentKind();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.SegmentPageType <em>Segment Page Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Page Type</em>'.
	 * @see ssiplan.model.SegmentPageType
	 * @generated
	 */
	EEnum getSegmentPageType();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.CryptoMode <em>Crypto Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Crypto Mode</em>'.
	 * @see ssiplan.model.CryptoMode
	 * @generated
	 */
	EEnum getCryptoMode();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.ResidenceUnit <em>Residence Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Residence Unit</em>'.
	 * @see ssiplan.model.ResidenceUnit
	 * @generated
	 */
	EEnum getResidenceUnit();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.FailureKind <em>Failure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Kind</em>'.
	 * @see ssiplan.model.FailureKind
	 * @generated
	 */
	EEnum getFailureKind();

	/**
	 * Returns the meta object for enum '{@link ssiplan.model.OperatorAction <em>Operator Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operator Action</em>'.
	 * @see ssiplan.model.OperatorAction
	 * @generated
	 */
	EEnum getOperatorAction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SsiplanFactory getSsiplanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.InstallationImpl <em>Installation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.InstallationImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getInstallation()
		 * @generated
		 */
		EClass INSTALLATION = eINSTANCE.getInstallation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALLATION__NAME = eINSTANCE.getInstallation_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALLATION__DESCRIPTION = eINSTANCE.getInstallation_Description();

		/**
		 * The meta object literal for the '<em><b>Cecs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__CECS = eINSTANCE.getInstallation_Cecs();

		/**
		 * The meta object literal for the '<em><b>Dasd Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__DASD_VOLUMES = eINSTANCE.getInstallation_DasdVolumes();

		/**
		 * The meta object literal for the '<em><b>Real Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__REAL_DEVICES = eINSTANCE.getInstallation_RealDevices();

		/**
		 * The meta object literal for the '<em><b>Clusters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__CLUSTERS = eINSTANCE.getInstallation_Clusters();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__SETTINGS = eINSTANCE.getInstallation_Settings();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__SCENARIOS = eINSTANCE.getInstallation_Scenarios();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.PlanningSettingsImpl <em>Planning Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.PlanningSettingsImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getPlanningSettings()
		 * @generated
		 */
		EClass PLANNING_SETTINGS = eINSTANCE.getPlanningSettings();

		/**
		 * The meta object literal for the '<em><b>Memory Overcommit Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT = eINSTANCE.getPlanningSettings_MemoryOvercommitLimit();

		/**
		 * The meta object literal for the '<em><b>Paging Use Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_SETTINGS__PAGING_USE_LIMIT = eINSTANCE.getPlanningSettings_PagingUseLimit();

		/**
		 * The meta object literal for the '<em><b>Release Limits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_SETTINGS__RELEASE_LIMITS = eINSTANCE.getPlanningSettings_ReleaseLimits();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ReleaseLimitImpl <em>Release Limit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ReleaseLimitImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getReleaseLimit()
		 * @generated
		 */
		EClass RELEASE_LIMIT = eINSTANCE.getReleaseLimit();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_LIMIT__RELEASE = eINSTANCE.getReleaseLimit_Release();

		/**
		 * The meta object literal for the '<em><b>Max Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_LIMIT__MAX_MEMBERS = eINSTANCE.getReleaseLimit_MaxMembers();

		/**
		 * The meta object literal for the '<em><b>Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASE_LIMIT__CONFIRMED = eINSTANCE.getReleaseLimit_Confirmed();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.CecImpl <em>Cec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.CecImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getCec()
		 * @generated
		 */
		EClass CEC = eINSTANCE.getCec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__NAME = eINSTANCE.getCec_Name();

		/**
		 * The meta object literal for the '<em><b>Machine Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__MACHINE_TYPE = eINSTANCE.getCec_MachineType();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__SERIAL = eINSTANCE.getCec_Serial();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__SITE = eINSTANCE.getCec_Site();

		/**
		 * The meta object literal for the '<em><b>Memory Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__MEMORY_GI_B = eINSTANCE.getCec_MemoryGiB();

		/**
		 * The meta object literal for the '<em><b>Cp Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__CP_COUNT = eINSTANCE.getCec_CpCount();

		/**
		 * The meta object literal for the '<em><b>Ifl Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CEC__IFL_COUNT = eINSTANCE.getCec_IflCount();

		/**
		 * The meta object literal for the '<em><b>Channel Paths</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CEC__CHANNEL_PATHS = eINSTANCE.getCec_ChannelPaths();

		/**
		 * The meta object literal for the '<em><b>Lpars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CEC__LPARS = eINSTANCE.getCec_Lpars();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ChannelPathImpl <em>Channel Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ChannelPathImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getChannelPath()
		 * @generated
		 */
		EClass CHANNEL_PATH = eINSTANCE.getChannelPath();

		/**
		 * The meta object literal for the '<em><b>Chpid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PATH__CHPID = eINSTANCE.getChannelPath_Chpid();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PATH__TYPE = eINSTANCE.getChannelPath_Type();

		/**
		 * The meta object literal for the '<em><b>Speed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PATH__SPEED = eINSTANCE.getChannelPath_Speed();

		/**
		 * The meta object literal for the '<em><b>Pchid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PATH__PCHID = eINSTANCE.getChannelPath_Pchid();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.LparImpl <em>Lpar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.LparImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getLpar()
		 * @generated
		 */
		EClass LPAR = eINSTANCE.getLpar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LPAR__NAME = eINSTANCE.getLpar_Name();

		/**
		 * The meta object literal for the '<em><b>Memory Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LPAR__MEMORY_GI_B = eINSTANCE.getLpar_MemoryGiB();

		/**
		 * The meta object literal for the '<em><b>Logical Processors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LPAR__LOGICAL_PROCESSORS = eINSTANCE.getLpar_LogicalProcessors();

		/**
		 * The meta object literal for the '<em><b>Processor Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LPAR__PROCESSOR_TYPE = eINSTANCE.getLpar_ProcessorType();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LPAR__MEMBER = eINSTANCE.getLpar_Member();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.SsiClusterImpl <em>Ssi Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.SsiClusterImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSsiCluster()
		 * @generated
		 */
		EClass SSI_CLUSTER = eINSTANCE.getSsiCluster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSI_CLUSTER__NAME = eINSTANCE.getSsiCluster_Name();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSI_CLUSTER__RELEASE = eINSTANCE.getSsiCluster_Release();

		/**
		 * The meta object literal for the '<em><b>Pdr Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__PDR_VOLUME = eINSTANCE.getSsiCluster_PdrVolume();

		/**
		 * The meta object literal for the '<em><b>User Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSI_CLUSTER__USER_PREFIX = eINSTANCE.getSsiCluster_UserPrefix();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__MEMBERS = eINSTANCE.getSsiCluster_Members();

		/**
		 * The meta object literal for the '<em><b>Isfc Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__ISFC_LINKS = eINSTANCE.getSsiCluster_IsfcLinks();

		/**
		 * The meta object literal for the '<em><b>Virtual Switches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__VIRTUAL_SWITCHES = eINSTANCE.getSsiCluster_VirtualSwitches();

		/**
		 * The meta object literal for the '<em><b>Relocation Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__RELOCATION_DOMAINS = eINSTANCE.getSsiCluster_RelocationDomains();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__PROFILES = eINSTANCE.getSsiCluster_Profiles();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__VIRTUAL_MACHINES = eINSTANCE.getSsiCluster_VirtualMachines();

		/**
		 * The meta object literal for the '<em><b>Config Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SSI_CLUSTER__CONFIG_STATEMENTS = eINSTANCE.getSsiCluster_ConfigStatements();

		/**
		 * The meta object literal for the '<em><b>Directory Statements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSI_CLUSTER__DIRECTORY_STATEMENTS = eINSTANCE.getSsiCluster_DirectoryStatements();

		/**
		 * The meta object literal for the '<em><b>Other Directory Entries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES = eINSTANCE.getSsiCluster_OtherDirectoryEntries();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.MemberImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__NAME = eINSTANCE.getMember_Name();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__SLOT = eINSTANCE.getMember_Slot();

		/**
		 * The meta object literal for the '<em><b>Lpar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__LPAR = eINSTANCE.getMember_Lpar();

		/**
		 * The meta object literal for the '<em><b>Release</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__RELEASE = eINSTANCE.getMember_Release();

		/**
		 * The meta object literal for the '<em><b>Service Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__SERVICE_LEVEL = eINSTANCE.getMember_ServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Mac Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__MAC_PREFIX = eINSTANCE.getMember_MacPrefix();

		/**
		 * The meta object literal for the '<em><b>Real Memory Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__REAL_MEMORY_GI_B = eINSTANCE.getMember_RealMemoryGiB();

		/**
		 * The meta object literal for the '<em><b>Paging Capacity Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__PAGING_CAPACITY_GI_B = eINSTANCE.getMember_PagingCapacityGiB();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__INITIAL_STATE = eINSTANCE.getMember_InitialState();

		/**
		 * The meta object literal for the '<em><b>Cp Owned Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__CP_OWNED_SLOTS = eINSTANCE.getMember_CpOwnedSlots();

		/**
		 * The meta object literal for the '<em><b>System Residence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__SYSTEM_RESIDENCE = eINSTANCE.getMember_SystemResidence();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.CpOwnedSlotImpl <em>Cp Owned Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.CpOwnedSlotImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getCpOwnedSlot()
		 * @generated
		 */
		EClass CP_OWNED_SLOT = eINSTANCE.getCpOwnedSlot();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CP_OWNED_SLOT__SLOT = eINSTANCE.getCpOwnedSlot_Slot();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CP_OWNED_SLOT__VOLUME = eINSTANCE.getCpOwnedSlot_Volume();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.SystemResidenceImpl <em>System Residence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.SystemResidenceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSystemResidence()
		 * @generated
		 */
		EClass SYSTEM_RESIDENCE = eINSTANCE.getSystemResidence();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_RESIDENCE__CHECKPOINT_VOLUME = eINSTANCE.getSystemResidence_CheckpointVolume();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_RESIDENCE__CHECKPOINT_START = eINSTANCE.getSystemResidence_CheckpointStart();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_RESIDENCE__CHECKPOINT_SIZE = eINSTANCE.getSystemResidence_CheckpointSize();

		/**
		 * The meta object literal for the '<em><b>Warmstart Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_RESIDENCE__WARMSTART_VOLUME = eINSTANCE.getSystemResidence_WarmstartVolume();

		/**
		 * The meta object literal for the '<em><b>Warmstart Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_RESIDENCE__WARMSTART_START = eINSTANCE.getSystemResidence_WarmstartStart();

		/**
		 * The meta object literal for the '<em><b>Warmstart Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_RESIDENCE__WARMSTART_SIZE = eINSTANCE.getSystemResidence_WarmstartSize();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_RESIDENCE__UNIT = eINSTANCE.getSystemResidence_Unit();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ConfigStatementImpl <em>Config Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ConfigStatementImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getConfigStatement()
		 * @generated
		 */
		EClass CONFIG_STATEMENT = eINSTANCE.getConfigStatement();

		/**
		 * The meta object literal for the '<em><b>Qualifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIG_STATEMENT__QUALIFIER = eINSTANCE.getConfigStatement_Qualifier();

		/**
		 * The meta object literal for the '<em><b>Keyword</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIG_STATEMENT__KEYWORD = eINSTANCE.getConfigStatement_Keyword();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIG_STATEMENT__TEXT = eINSTANCE.getConfigStatement_Text();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.DasdVolumeImpl <em>Dasd Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.DasdVolumeImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDasdVolume()
		 * @generated
		 */
		EClass DASD_VOLUME = eINSTANCE.getDasdVolume();

		/**
		 * The meta object literal for the '<em><b>Volser</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__VOLSER = eINSTANCE.getDasdVolume_Volser();

		/**
		 * The meta object literal for the '<em><b>Device Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__DEVICE_TYPE = eINSTANCE.getDasdVolume_DeviceType();

		/**
		 * The meta object literal for the '<em><b>Cylinders</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__CYLINDERS = eINSTANCE.getDasdVolume_Cylinders();

		/**
		 * The meta object literal for the '<em><b>Blocks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__BLOCKS = eINSTANCE.getDasdVolume_Blocks();

		/**
		 * The meta object literal for the '<em><b>Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__USE = eINSTANCE.getDasdVolume_Use();

		/**
		 * The meta object literal for the '<em><b>Owner Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASD_VOLUME__OWNER_MEMBER = eINSTANCE.getDasdVolume_OwnerMember();

		/**
		 * The meta object literal for the '<em><b>Device Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASD_VOLUME__DEVICE_NUMBERS = eINSTANCE.getDasdVolume_DeviceNumbers();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASD_VOLUME__SITE = eINSTANCE.getDasdVolume_Site();

		/**
		 * The meta object literal for the '<em><b>Mirror Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASD_VOLUME__MIRROR_PARTNER = eINSTANCE.getDasdVolume_MirrorPartner();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.DeviceNumberImpl <em>Device Number</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.DeviceNumberImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDeviceNumber()
		 * @generated
		 */
		EClass DEVICE_NUMBER = eINSTANCE.getDeviceNumber();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_NUMBER__MEMBER = eINSTANCE.getDeviceNumber_Member();

		/**
		 * The meta object literal for the '<em><b>Rdev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_NUMBER__RDEV = eINSTANCE.getDeviceNumber_Rdev();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.IsfcLinkImpl <em>Isfc Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.IsfcLinkImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getIsfcLink()
		 * @generated
		 */
		EClass ISFC_LINK = eINSTANCE.getIsfcLink();

		/**
		 * The meta object literal for the '<em><b>Member A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISFC_LINK__MEMBER_A = eINSTANCE.getIsfcLink_MemberA();

		/**
		 * The meta object literal for the '<em><b>Member B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISFC_LINK__MEMBER_B = eINSTANCE.getIsfcLink_MemberB();

		/**
		 * The meta object literal for the '<em><b>Ctc Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISFC_LINK__CTC_CONNECTIONS = eINSTANCE.getIsfcLink_CtcConnections();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.CtcConnectionImpl <em>Ctc Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.CtcConnectionImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getCtcConnection()
		 * @generated
		 */
		EClass CTC_CONNECTION = eINSTANCE.getCtcConnection();

		/**
		 * The meta object literal for the '<em><b>Device A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CTC_CONNECTION__DEVICE_A = eINSTANCE.getCtcConnection_DeviceA();

		/**
		 * The meta object literal for the '<em><b>Device B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CTC_CONNECTION__DEVICE_B = eINSTANCE.getCtcConnection_DeviceB();

		/**
		 * The meta object literal for the '<em><b>Chpid A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTC_CONNECTION__CHPID_A = eINSTANCE.getCtcConnection_ChpidA();

		/**
		 * The meta object literal for the '<em><b>Chpid B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CTC_CONNECTION__CHPID_B = eINSTANCE.getCtcConnection_ChpidB();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.RealDeviceImpl <em>Real Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.RealDeviceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getRealDevice()
		 * @generated
		 */
		EClass REAL_DEVICE = eINSTANCE.getRealDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REAL_DEVICE__NAME = eINSTANCE.getRealDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Eqid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REAL_DEVICE__EQID = eINSTANCE.getRealDevice_Eqid();

		/**
		 * The meta object literal for the '<em><b>Chpid</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REAL_DEVICE__CHPID = eINSTANCE.getRealDevice_Chpid();

		/**
		 * The meta object literal for the '<em><b>Device Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REAL_DEVICE__DEVICE_NUMBERS = eINSTANCE.getRealDevice_DeviceNumbers();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.OsaDeviceImpl <em>Osa Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.OsaDeviceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getOsaDevice()
		 * @generated
		 */
		EClass OSA_DEVICE = eINSTANCE.getOsaDevice();

		/**
		 * The meta object literal for the '<em><b>Lan Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OSA_DEVICE__LAN_SEGMENT = eINSTANCE.getOsaDevice_LanSegment();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.FcpDeviceImpl <em>Fcp Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.FcpDeviceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getFcpDevice()
		 * @generated
		 */
		EClass FCP_DEVICE = eINSTANCE.getFcpDevice();

		/**
		 * The meta object literal for the '<em><b>Fabric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FCP_DEVICE__FABRIC = eINSTANCE.getFcpDevice_Fabric();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.HiperSocketsDeviceImpl <em>Hiper Sockets Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.HiperSocketsDeviceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getHiperSocketsDevice()
		 * @generated
		 */
		EClass HIPER_SOCKETS_DEVICE = eINSTANCE.getHiperSocketsDevice();

		/**
		 * The meta object literal for the '<em><b>Lan Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIPER_SOCKETS_DEVICE__LAN_SEGMENT = eINSTANCE.getHiperSocketsDevice_LanSegment();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.VirtualSwitchImpl <em>Virtual Switch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.VirtualSwitchImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVirtualSwitch()
		 * @generated
		 */
		EClass VIRTUAL_SWITCH = eINSTANCE.getVirtualSwitch();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__NAME = eINSTANCE.getVirtualSwitch_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__TYPE = eINSTANCE.getVirtualSwitch_Type();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__TRANSPORT = eINSTANCE.getVirtualSwitch_Transport();

		/**
		 * The meta object literal for the '<em><b>Vlan Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__VLAN_MODE = eINSTANCE.getVirtualSwitch_VlanMode();

		/**
		 * The meta object literal for the '<em><b>Default Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__DEFAULT_VLAN = eINSTANCE.getVirtualSwitch_DefaultVlan();

		/**
		 * The meta object literal for the '<em><b>Port Assignment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__PORT_ASSIGNMENT = eINSTANCE.getVirtualSwitch_PortAssignment();

		/**
		 * The meta object literal for the '<em><b>Uplinks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_SWITCH__UPLINKS = eINSTANCE.getVirtualSwitch_Uplinks();

		/**
		 * The meta object literal for the '<em><b>Granted Users</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_SWITCH__GRANTED_USERS = eINSTANCE.getVirtualSwitch_GrantedUsers();

		/**
		 * The meta object literal for the '<em><b>Other Operands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_SWITCH__OTHER_OPERANDS = eINSTANCE.getVirtualSwitch_OtherOperands();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.VswitchUplinkImpl <em>Vswitch Uplink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.VswitchUplinkImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchUplink()
		 * @generated
		 */
		EClass VSWITCH_UPLINK = eINSTANCE.getVswitchUplink();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VSWITCH_UPLINK__MEMBER = eINSTANCE.getVswitchUplink_Member();

		/**
		 * The meta object literal for the '<em><b>Osa Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VSWITCH_UPLINK__OSA_DEVICES = eINSTANCE.getVswitchUplink_OsaDevices();

		/**
		 * The meta object literal for the '<em><b>Other Operands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSWITCH_UPLINK__OTHER_OPERANDS = eINSTANCE.getVswitchUplink_OtherOperands();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.RelocationDomainImpl <em>Relocation Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.RelocationDomainImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getRelocationDomain()
		 * @generated
		 */
		EClass RELOCATION_DOMAIN = eINSTANCE.getRelocationDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELOCATION_DOMAIN__NAME = eINSTANCE.getRelocationDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELOCATION_DOMAIN__MEMBERS = eINSTANCE.getRelocationDomain_Members();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.DirectoryEntryImpl <em>Directory Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.DirectoryEntryImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDirectoryEntry()
		 * @generated
		 */
		EClass DIRECTORY_ENTRY = eINSTANCE.getDirectoryEntry();

		/**
		 * The meta object literal for the '<em><b>Minidisks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY_ENTRY__MINIDISKS = eINSTANCE.getDirectoryEntry_Minidisks();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY_ENTRY__LINKS = eINSTANCE.getDirectoryEntry_Links();

		/**
		 * The meta object literal for the '<em><b>Nics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY_ENTRY__NICS = eINSTANCE.getDirectoryEntry_Nics();

		/**
		 * The meta object literal for the '<em><b>Dedicated Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY_ENTRY__DEDICATED_DEVICES = eINSTANCE.getDirectoryEntry_DedicatedDevices();

		/**
		 * The meta object literal for the '<em><b>Other Statements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY_ENTRY__OTHER_STATEMENTS = eINSTANCE.getDirectoryEntry_OtherStatements();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ProfileImpl <em>Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ProfileImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getProfile()
		 * @generated
		 */
		EClass PROFILE = eINSTANCE.getProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE__NAME = eINSTANCE.getProfile_Name();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.VirtualMachineImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Userid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__USERID = eINSTANCE.getVirtualMachine_Userid();

		/**
		 * The meta object literal for the '<em><b>Storage Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__STORAGE_MI_B = eINSTANCE.getVirtualMachine_StorageMiB();

		/**
		 * The meta object literal for the '<em><b>Max Storage Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__MAX_STORAGE_MI_B = eINSTANCE.getVirtualMachine_MaxStorageMiB();

		/**
		 * The meta object literal for the '<em><b>Virtual Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__VIRTUAL_CPUS = eINSTANCE.getVirtualMachine_VirtualCpus();

		/**
		 * The meta object literal for the '<em><b>Cpu Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__CPU_TYPE = eINSTANCE.getVirtualMachine_CpuType();

		/**
		 * The meta object literal for the '<em><b>Privilege Classes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__PRIVILEGE_CLASSES = eINSTANCE.getVirtualMachine_PrivilegeClasses();

		/**
		 * The meta object literal for the '<em><b>Guest Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__GUEST_OS = eINSTANCE.getVirtualMachine_GuestOs();

		/**
		 * The meta object literal for the '<em><b>Relocatable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__RELOCATABLE = eINSTANCE.getVirtualMachine_Relocatable();

		/**
		 * The meta object literal for the '<em><b>Relocation Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__RELOCATION_DOMAIN = eINSTANCE.getVirtualMachine_RelocationDomain();

		/**
		 * The meta object literal for the '<em><b>Chpid Virtualization One</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE = eINSTANCE.getVirtualMachine_ChpidVirtualizationOne();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__PROFILE = eINSTANCE.getVirtualMachine_Profile();

		/**
		 * The meta object literal for the '<em><b>Ipl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__IPL = eINSTANCE.getVirtualMachine_Ipl();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__SEGMENTS = eINSTANCE.getVirtualMachine_Segments();

		/**
		 * The meta object literal for the '<em><b>Crypto</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__CRYPTO = eINSTANCE.getVirtualMachine_Crypto();

		/**
		 * The meta object literal for the '<em><b>Workload</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__WORKLOAD = eINSTANCE.getVirtualMachine_Workload();

		/**
		 * The meta object literal for the '<em><b>Tolerable Outage Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS = eINSTANCE.getVirtualMachine_TolerableOutageSeconds();

		/**
		 * The meta object literal for the '<em><b>Anti Affinity Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP = eINSTANCE.getVirtualMachine_AntiAffinityGroup();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.UserEntryImpl <em>User Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.UserEntryImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getUserEntry()
		 * @generated
		 */
		EClass USER_ENTRY = eINSTANCE.getUserEntry();

		/**
		 * The meta object literal for the '<em><b>Home Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_ENTRY__HOME_MEMBER = eINSTANCE.getUserEntry_HomeMember();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.IdentityEntryImpl <em>Identity Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.IdentityEntryImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getIdentityEntry()
		 * @generated
		 */
		EClass IDENTITY_ENTRY = eINSTANCE.getIdentityEntry();

		/**
		 * The meta object literal for the '<em><b>Subconfigs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_ENTRY__SUBCONFIGS = eINSTANCE.getIdentityEntry_Subconfigs();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.SubconfigImpl <em>Subconfig</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.SubconfigImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSubconfig()
		 * @generated
		 */
		EClass SUBCONFIG = eINSTANCE.getSubconfig();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBCONFIG__NAME = eINSTANCE.getSubconfig_Name();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBCONFIG__MEMBER = eINSTANCE.getSubconfig_Member();

		/**
		 * The meta object literal for the '<em><b>Logged On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBCONFIG__LOGGED_ON = eINSTANCE.getSubconfig_LoggedOn();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.MinidiskImpl <em>Minidisk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.MinidiskImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidisk()
		 * @generated
		 */
		EClass MINIDISK = eINSTANCE.getMinidisk();

		/**
		 * The meta object literal for the '<em><b>Vaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK__VADDR = eINSTANCE.getMinidisk_Vaddr();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK__KIND = eINSTANCE.getMinidisk_Kind();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINIDISK__VOLUME = eINSTANCE.getMinidisk_Volume();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK__START = eINSTANCE.getMinidisk_Start();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK__SIZE = eINSTANCE.getMinidisk_Size();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK__MODE = eINSTANCE.getMinidisk_Mode();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.MinidiskLinkImpl <em>Minidisk Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.MinidiskLinkImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidiskLink()
		 * @generated
		 */
		EClass MINIDISK_LINK = eINSTANCE.getMinidiskLink();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK_LINK__OWNER = eINSTANCE.getMinidiskLink_Owner();

		/**
		 * The meta object literal for the '<em><b>Owner Vaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK_LINK__OWNER_VADDR = eINSTANCE.getMinidiskLink_OwnerVaddr();

		/**
		 * The meta object literal for the '<em><b>Vaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK_LINK__VADDR = eINSTANCE.getMinidiskLink_Vaddr();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIDISK_LINK__MODE = eINSTANCE.getMinidiskLink_Mode();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.NicDefImpl <em>Nic Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.NicDefImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getNicDef()
		 * @generated
		 */
		EClass NIC_DEF = eINSTANCE.getNicDef();

		/**
		 * The meta object literal for the '<em><b>Vaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC_DEF__VADDR = eINSTANCE.getNicDef_Vaddr();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC_DEF__TYPE = eINSTANCE.getNicDef_Type();

		/**
		 * The meta object literal for the '<em><b>Vswitch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NIC_DEF__VSWITCH = eINSTANCE.getNicDef_Vswitch();

		/**
		 * The meta object literal for the '<em><b>Mac Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC_DEF__MAC_ID = eINSTANCE.getNicDef_MacId();

		/**
		 * The meta object literal for the '<em><b>Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC_DEF__VLAN = eINSTANCE.getNicDef_Vlan();

		/**
		 * The meta object literal for the '<em><b>Other Operands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC_DEF__OTHER_OPERANDS = eINSTANCE.getNicDef_OtherOperands();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.DedicatedDeviceImpl <em>Dedicated Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.DedicatedDeviceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDedicatedDevice()
		 * @generated
		 */
		EClass DEDICATED_DEVICE = eINSTANCE.getDedicatedDevice();

		/**
		 * The meta object literal for the '<em><b>Vaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDICATED_DEVICE__VADDR = eINSTANCE.getDedicatedDevice_Vaddr();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDICATED_DEVICE__DEVICE = eINSTANCE.getDedicatedDevice_Device();

		/**
		 * The meta object literal for the '<em><b>Rdev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDICATED_DEVICE__RDEV = eINSTANCE.getDedicatedDevice_Rdev();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.SegmentUseImpl <em>Segment Use</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.SegmentUseImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentUse()
		 * @generated
		 */
		EClass SEGMENT_USE = eINSTANCE.getSegmentUse();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_USE__NAME = eINSTANCE.getSegmentUse_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_USE__KIND = eINSTANCE.getSegmentUse_Kind();

		/**
		 * The meta object literal for the '<em><b>Page Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_USE__PAGE_TYPE = eINSTANCE.getSegmentUse_PageType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.CryptoImpl <em>Crypto</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.CryptoImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getCrypto()
		 * @generated
		 */
		EClass CRYPTO = eINSTANCE.getCrypto();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRYPTO__MODE = eINSTANCE.getCrypto_Mode();

		/**
		 * The meta object literal for the '<em><b>Adapters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRYPTO__ADAPTERS = eINSTANCE.getCrypto_Adapters();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRYPTO__DOMAINS = eINSTANCE.getCrypto_Domains();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.WorkloadProfileImpl <em>Workload Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.WorkloadProfileImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getWorkloadProfile()
		 * @generated
		 */
		EClass WORKLOAD_PROFILE = eINSTANCE.getWorkloadProfile();

		/**
		 * The meta object literal for the '<em><b>Touched Storage Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B = eINSTANCE.getWorkloadProfile_TouchedStorageMiB();

		/**
		 * The meta object literal for the '<em><b>Dirty Pages Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND = eINSTANCE.getWorkloadProfile_DirtyPagesPerSecond();

		/**
		 * The meta object literal for the '<em><b>Writable Working Set Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B = eINSTANCE.getWorkloadProfile_WritableWorkingSetMiB();

		/**
		 * The meta object literal for the '<em><b>Cpu Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_PROFILE__CPU_DEMAND = eINSTANCE.getWorkloadProfile_CpuDemand();

		/**
		 * The meta object literal for the '<em><b>State Transfer Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS = eINSTANCE.getWorkloadProfile_StateTransferSeconds();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ScenarioImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CLUSTER = eINSTANCE.getScenario_Cluster();

		/**
		 * The meta object literal for the '<em><b>Concurrent Relocations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__CONCURRENT_RELOCATIONS = eINSTANCE.getScenario_ConcurrentRelocations();

		/**
		 * The meta object literal for the '<em><b>Max Quiesce Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MAX_QUIESCE_SECONDS = eINSTANCE.getScenario_MaxQuiesceSeconds();

		/**
		 * The meta object literal for the '<em><b>Max Total Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MAX_TOTAL_SECONDS = eINSTANCE.getScenario_MaxTotalSeconds();

		/**
		 * The meta object literal for the '<em><b>Immediate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__IMMEDIATE = eINSTANCE.getScenario_Immediate();

		/**
		 * The meta object literal for the '<em><b>Memory Overcommit Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MEMORY_OVERCOMMIT_LIMIT = eINSTANCE.getScenario_MemoryOvercommitLimit();

		/**
		 * The meta object literal for the '<em><b>Cpu Overcommit Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__CPU_OVERCOMMIT_LIMIT = eINSTANCE.getScenario_CpuOvercommitLimit();

		/**
		 * The meta object literal for the '<em><b>Ipl Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__IPL_SECONDS = eINSTANCE.getScenario_IplSeconds();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.MaintenanceRolloutImpl <em>Maintenance Rollout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.MaintenanceRolloutImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMaintenanceRollout()
		 * @generated
		 */
		EClass MAINTENANCE_ROLLOUT = eINSTANCE.getMaintenanceRollout();

		/**
		 * The meta object literal for the '<em><b>Member Order</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAINTENANCE_ROLLOUT__MEMBER_ORDER = eINSTANCE.getMaintenanceRollout_MemberOrder();

		/**
		 * The meta object literal for the '<em><b>Target Service Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL = eINSTANCE.getMaintenanceRollout_TargetServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Move Guests Back</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK = eINSTANCE.getMaintenanceRollout_MoveGuestsBack();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.UtilityLparMaintenanceImpl <em>Utility Lpar Maintenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.UtilityLparMaintenanceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getUtilityLparMaintenance()
		 * @generated
		 */
		EClass UTILITY_LPAR_MAINTENANCE = eINSTANCE.getUtilityLparMaintenance();

		/**
		 * The meta object literal for the '<em><b>Production Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER = eINSTANCE.getUtilityLparMaintenance_ProductionMember();

		/**
		 * The meta object literal for the '<em><b>Utility Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER = eINSTANCE.getUtilityLparMaintenance_UtilityMember();

		/**
		 * The meta object literal for the '<em><b>Target Service Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL = eINSTANCE.getUtilityLparMaintenance_TargetServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Release Utility Lpar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR = eINSTANCE.getUtilityLparMaintenance_ReleaseUtilityLpar();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.ProcessorMigrationImpl <em>Processor Migration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.ProcessorMigrationImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getProcessorMigration()
		 * @generated
		 */
		EClass PROCESSOR_MIGRATION = eINSTANCE.getProcessorMigration();

		/**
		 * The meta object literal for the '<em><b>Replaced Cec</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSOR_MIGRATION__REPLACED_CEC = eINSTANCE.getProcessorMigration_ReplacedCec();

		/**
		 * The meta object literal for the '<em><b>New Machine Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR_MIGRATION__NEW_MACHINE_TYPE = eINSTANCE.getProcessorMigration_NewMachineType();

		/**
		 * The meta object literal for the '<em><b>Move Guests Back</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSOR_MIGRATION__MOVE_GUESTS_BACK = eINSTANCE.getProcessorMigration_MoveGuestsBack();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.DisasterRecoveryImpl <em>Disaster Recovery</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.DisasterRecoveryImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDisasterRecovery()
		 * @generated
		 */
		EClass DISASTER_RECOVERY = eINSTANCE.getDisasterRecovery();

		/**
		 * The meta object literal for the '<em><b>Failed Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISASTER_RECOVERY__FAILED_MEMBERS = eINSTANCE.getDisasterRecovery_FailedMembers();

		/**
		 * The meta object literal for the '<em><b>Standby Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISASTER_RECOVERY__STANDBY_MEMBERS = eINSTANCE.getDisasterRecovery_StandbyMembers();

		/**
		 * The meta object literal for the '<em><b>Sever Mirroring Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS = eINSTANCE.getDisasterRecovery_SeverMirroringSeconds();

		/**
		 * The meta object literal for the '<em><b>Declare Down Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISASTER_RECOVERY__DECLARE_DOWN_SECONDS = eINSTANCE.getDisasterRecovery_DeclareDownSeconds();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.MemberFailureImpl <em>Member Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.MemberFailureImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMemberFailure()
		 * @generated
		 */
		EClass MEMBER_FAILURE = eINSTANCE.getMemberFailure();

		/**
		 * The meta object literal for the '<em><b>Failed Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER_FAILURE__FAILED_MEMBER = eINSTANCE.getMemberFailure_FailedMember();

		/**
		 * The meta object literal for the '<em><b>Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_FAILURE__FAILURE = eINSTANCE.getMemberFailure_Failure();

		/**
		 * The meta object literal for the '<em><b>Declare Down Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_FAILURE__DECLARE_DOWN_SECONDS = eINSTANCE.getMemberFailure_DeclareDownSeconds();

		/**
		 * The meta object literal for the '<em><b>Restart Guests</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_FAILURE__RESTART_GUESTS = eINSTANCE.getMemberFailure_RestartGuests();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.RebalanceImpl <em>Rebalance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.RebalanceImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getRebalance()
		 * @generated
		 */
		EClass REBALANCE = eINSTANCE.getRebalance();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REBALANCE__MEMBERS = eINSTANCE.getRebalance_Members();

		/**
		 * The meta object literal for the '<em><b>Tolerance Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REBALANCE__TOLERANCE_PERCENT = eINSTANCE.getRebalance_TolerancePercent();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.OperatorScriptImpl <em>Operator Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.OperatorScriptImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorScript()
		 * @generated
		 */
		EClass OPERATOR_SCRIPT = eINSTANCE.getOperatorScript();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATOR_SCRIPT__STEPS = eINSTANCE.getOperatorScript_Steps();

		/**
		 * The meta object literal for the '{@link ssiplan.model.impl.OperatorStepImpl <em>Operator Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.impl.OperatorStepImpl
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorStep()
		 * @generated
		 */
		EClass OPERATOR_STEP = eINSTANCE.getOperatorStep();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR_STEP__ACTION = eINSTANCE.getOperatorStep_Action();

		/**
		 * The meta object literal for the '<em><b>At Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR_STEP__AT_SECONDS = eINSTANCE.getOperatorStep_AtSeconds();

		/**
		 * The meta object literal for the '<em><b>Wait For Previous</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR_STEP__WAIT_FOR_PREVIOUS = eINSTANCE.getOperatorStep_WaitForPrevious();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATOR_STEP__GUEST = eINSTANCE.getOperatorStep_Guest();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATOR_STEP__MEMBER = eINSTANCE.getOperatorStep_Member();

		/**
		 * The meta object literal for the '<em><b>Other Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATOR_STEP__OTHER_MEMBER = eINSTANCE.getOperatorStep_OtherMember();

		/**
		 * The meta object literal for the '<em><b>Service Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR_STEP__SERVICE_LEVEL = eINSTANCE.getOperatorStep_ServiceLevel();

		/**
		 * The meta object literal for the '<em><b>Cec</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATOR_STEP__CEC = eINSTANCE.getOperatorStep_Cec();

		/**
		 * The meta object literal for the '<em><b>Machine Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATOR_STEP__MACHINE_TYPE = eINSTANCE.getOperatorStep_MachineType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.MachineType <em>Machine Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.MachineType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMachineType()
		 * @generated
		 */
		EEnum MACHINE_TYPE = eINSTANCE.getMachineType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.ChannelPathType <em>Channel Path Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.ChannelPathType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getChannelPathType()
		 * @generated
		 */
		EEnum CHANNEL_PATH_TYPE = eINSTANCE.getChannelPathType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.FiconSpeed <em>Ficon Speed</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.FiconSpeed
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getFiconSpeed()
		 * @generated
		 */
		EEnum FICON_SPEED = eINSTANCE.getFiconSpeed();

		/**
		 * The meta object literal for the '{@link ssiplan.model.ProcessorType <em>Processor Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.ProcessorType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getProcessorType()
		 * @generated
		 */
		EEnum PROCESSOR_TYPE = eINSTANCE.getProcessorType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.ZvmRelease <em>Zvm Release</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.ZvmRelease
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getZvmRelease()
		 * @generated
		 */
		EEnum ZVM_RELEASE = eINSTANCE.getZvmRelease();

		/**
		 * The meta object literal for the '{@link ssiplan.model.MemberState <em>Member State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.MemberState
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMemberState()
		 * @generated
		 */
		EEnum MEMBER_STATE = eINSTANCE.getMemberState();

		/**
		 * The meta object literal for the '{@link ssiplan.model.DasdDeviceType <em>Dasd Device Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.DasdDeviceType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getDasdDeviceType()
		 * @generated
		 */
		EEnum DASD_DEVICE_TYPE = eINSTANCE.getDasdDeviceType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.VolumeUse <em>Volume Use</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.VolumeUse
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVolumeUse()
		 * @generated
		 */
		EEnum VOLUME_USE = eINSTANCE.getVolumeUse();

		/**
		 * The meta object literal for the '{@link ssiplan.model.VswitchType <em>Vswitch Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.VswitchType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchType()
		 * @generated
		 */
		EEnum VSWITCH_TYPE = eINSTANCE.getVswitchType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.VswitchTransport <em>Vswitch Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.VswitchTransport
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVswitchTransport()
		 * @generated
		 */
		EEnum VSWITCH_TRANSPORT = eINSTANCE.getVswitchTransport();

		/**
		 * The meta object literal for the '{@link ssiplan.model.VlanMode <em>Vlan Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.VlanMode
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getVlanMode()
		 * @generated
		 */
		EEnum VLAN_MODE = eINSTANCE.getVlanMode();

		/**
		 * The meta object literal for the '{@link ssiplan.model.PortAssignment <em>Port Assignment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.PortAssignment
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getPortAssignment()
		 * @generated
		 */
		EEnum PORT_ASSIGNMENT = eINSTANCE.getPortAssignment();

		/**
		 * The meta object literal for the '{@link ssiplan.model.GuestOs <em>Guest Os</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.GuestOs
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getGuestOs()
		 * @generated
		 */
		EEnum GUEST_OS = eINSTANCE.getGuestOs();

		/**
		 * The meta object literal for the '{@link ssiplan.model.MinidiskKind <em>Minidisk Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.MinidiskKind
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getMinidiskKind()
		 * @generated
		 */
		EEnum MINIDISK_KIND = eINSTANCE.getMinidiskKind();

		/**
		 * The meta object literal for the '{@link ssiplan.model.AccessMode <em>Access Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.AccessMode
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getAccessMode()
		 * @generated
		 */
		EEnum ACCESS_MODE = eINSTANCE.getAccessMode();

		/**
		 * The meta object literal for the '{@link ssiplan.model.NicType <em>Nic Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.NicType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getNicType()
		 * @generated
		 */
		EEnum NIC_TYPE = eINSTANCE.getNicType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.SegmentKind <em>Segment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.SegmentKind
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentKind()
		 * @generated
		 */
		EEnum SEGMENT_KIND = eINSTANCE.getSegmentKind();

		/**
		 * The meta object literal for the '{@link ssiplan.model.SegmentPageType <em>Segment Page Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.SegmentPageType
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getSegmentPageType()
		 * @generated
		 */
		EEnum SEGMENT_PAGE_TYPE = eINSTANCE.getSegmentPageType();

		/**
		 * The meta object literal for the '{@link ssiplan.model.CryptoMode <em>Crypto Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.CryptoMode
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getCryptoMode()
		 * @generated
		 */
		EEnum CRYPTO_MODE = eINSTANCE.getCryptoMode();

		/**
		 * The meta object literal for the '{@link ssiplan.model.ResidenceUnit <em>Residence Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.ResidenceUnit
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getResidenceUnit()
		 * @generated
		 */
		EEnum RESIDENCE_UNIT = eINSTANCE.getResidenceUnit();

		/**
		 * The meta object literal for the '{@link ssiplan.model.FailureKind <em>Failure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.FailureKind
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getFailureKind()
		 * @generated
		 */
		EEnum FAILURE_KIND = eINSTANCE.getFailureKind();

		/**
		 * The meta object literal for the '{@link ssiplan.model.OperatorAction <em>Operator Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ssiplan.model.OperatorAction
		 * @see ssiplan.model.impl.SsiplanPackageImpl#getOperatorAction()
		 * @generated
		 */
		EEnum OPERATOR_ACTION = eINSTANCE.getOperatorAction();

	}

} //SsiplanPackage
