/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ssi Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A z/VM Single System Image cluster: up to the release's member limit sharing one PDR, directory and SYSTEM CONFIG.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.SsiCluster#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getPdrVolume <em>Pdr Volume</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getUserPrefix <em>User Prefix</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getMembers <em>Members</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getIsfcLinks <em>Isfc Links</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getVirtualSwitches <em>Virtual Switches</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getRelocationDomains <em>Relocation Domains</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getConfigStatements <em>Config Statements</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getDirectoryStatements <em>Directory Statements</em>}</li>
 *   <li>{@link ssiplan.model.SsiCluster#getOtherDirectoryEntries <em>Other Directory Entries</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getSsiCluster()
 * @model
 * @generated
 */
public interface SsiCluster extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSI name, 1-8 alphanumeric characters [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.SsiCluster#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * The default value is <code>"7.3"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ZvmRelease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Release the cluster is planned at; it decides the member limit. Members may run other releases during a rollout (see Member.release).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #setRelease(ZvmRelease)
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_Release()
	 * @model default="7.3"
	 * @generated
	 */
	ZvmRelease getRelease();

	/**
	 * Sets the value of the '{@link ssiplan.model.SsiCluster#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(ZvmRelease value);

	/**
	 * Returns the value of the '<em><b>Pdr Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume holding the Persistent Data Record; must be ECKD and in CP_Owned or a User_Volume list [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pdr Volume</em>' reference.
	 * @see #setPdrVolume(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_PdrVolume()
	 * @model
	 * @generated
	 */
	DasdVolume getPdrVolume();

	/**
	 * Sets the value of the '{@link ssiplan.model.SsiCluster#getPdrVolume <em>Pdr Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pdr Volume</em>' reference.
	 * @see #getPdrVolume()
	 * @generated
	 */
	void setPdrVolume(DasdVolume value);

	/**
	 * Returns the value of the '<em><b>User Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMLAN USERPREFIX (6 hex digits): the same on all members and different from every MACPREFIX [U].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Prefix</em>' attribute.
	 * @see #setUserPrefix(String)
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_UserPrefix()
	 * @model
	 * @generated
	 */
	String getUserPrefix();

	/**
	 * Sets the value of the '{@link ssiplan.model.SsiCluster#getUserPrefix <em>User Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Prefix</em>' attribute.
	 * @see #getUserPrefix()
	 * @generated
	 */
	void setUserPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

	/**
	 * Returns the value of the '<em><b>Isfc Links</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.IsfcLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISFC logical links; a full mesh needs one per member pair [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isfc Links</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_IsfcLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<IsfcLink> getIsfcLinks();

	/**
	 * Returns the value of the '<em><b>Virtual Switches</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.VirtualSwitch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Switches</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_VirtualSwitches()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualSwitch> getVirtualSwitches();

	/**
	 * Returns the value of the '<em><b>Relocation Domains</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.RelocationDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User-defined domains only; the SSI domain and the single-member domains are implicit and derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relocation Domains</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_RelocationDomains()
	 * @model containment="true"
	 * @generated
	 */
	EList<RelocationDomain> getRelocationDomains();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Profile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directory PROFILE entries included by users.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Profile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shared user directory: USER and IDENTITY entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_VirtualMachines()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

	/**
	 * Returns the value of the '<em><b>Config Statements</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.ConfigStatement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SYSTEM CONFIG statements SSI Planner does not model (Features, Devices, EDEVICE, System_Identifier_Default, ...), kept as written so that an import followed by an export keeps the operator's settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Config Statements</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_ConfigStatements()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConfigStatement> getConfigStatements();

	/**
	 * Returns the value of the '<em><b>Directory Statements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * USER DIRECT records before the first entry (DIRECTORY statements), kept verbatim and written first on export.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directory Statements</em>' attribute list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_DirectoryStatements()
	 * @model
	 * @generated
	 */
	EList<String> getDirectoryStatements();

	/**
	 * Returns the value of the '<em><b>Other Directory Entries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole USER DIRECT entries SSI Planner does not model (GLOBALDEFS, POOL, a SUBCONFIG no IDENTITY builds), each kept verbatim as its records joined by newlines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Directory Entries</em>' attribute list.
	 * @see ssiplan.model.SsiplanPackage#getSsiCluster_OtherDirectoryEntries()
	 * @model
	 * @generated
	 */
	EList<String> getOtherDirectoryEntries();

} // SsiCluster
