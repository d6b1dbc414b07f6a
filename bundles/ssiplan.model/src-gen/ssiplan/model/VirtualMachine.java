/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A guest in the shared directory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.VirtualMachine#getUserid <em>Userid</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getStorageMiB <em>Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getMaxStorageMiB <em>Max Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getVirtualCpus <em>Virtual Cpus</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getCpuType <em>Cpu Type</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getPrivilegeClasses <em>Privilege Classes</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getGuestOs <em>Guest Os</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#isRelocatable <em>Relocatable</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getRelocationDomain <em>Relocation Domain</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#isChpidVirtualizationOne <em>Chpid Virtualization One</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getProfile <em>Profile</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getIpl <em>Ipl</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getSegments <em>Segments</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getCrypto <em>Crypto</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getWorkload <em>Workload</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}</li>
 *   <li>{@link ssiplan.model.VirtualMachine#getAntiAffinityGroup <em>Anti Affinity Group</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getVirtualMachine()
 * @model abstract="true"
 * @generated
 */
public interface VirtualMachine extends DirectoryEntry {
	/**
	 * Returns the value of the '<em><b>Userid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-8 characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Userid</em>' attribute.
	 * @see #setUserid(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Userid()
	 * @model
	 * @generated
	 */
	String getUserid();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getUserid <em>Userid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Userid</em>' attribute.
	 * @see #getUserid()
	 * @generated
	 */
	void setUserid(String value);

	/**
	 * Returns the value of the '<em><b>Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial (defined) storage, MiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage Mi B</em>' attribute.
	 * @see #setStorageMiB(int)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_StorageMiB()
	 * @model
	 * @generated
	 */
	int getStorageMiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getStorageMiB <em>Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Mi B</em>' attribute.
	 * @see #getStorageMiB()
	 * @generated
	 */
	void setStorageMiB(int value);

	/**
	 * Returns the value of the '<em><b>Max Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum storage, MiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Storage Mi B</em>' attribute.
	 * @see #setMaxStorageMiB(int)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_MaxStorageMiB()
	 * @model
	 * @generated
	 */
	int getMaxStorageMiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getMaxStorageMiB <em>Max Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Storage Mi B</em>' attribute.
	 * @see #getMaxStorageMiB()
	 * @generated
	 */
	void setMaxStorageMiB(int value);

	/**
	 * Returns the value of the '<em><b>Virtual Cpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Cpus</em>' attribute.
	 * @see #setVirtualCpus(int)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_VirtualCpus()
	 * @model default="1"
	 * @generated
	 */
	int getVirtualCpus();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getVirtualCpus <em>Virtual Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Cpus</em>' attribute.
	 * @see #getVirtualCpus()
	 * @generated
	 */
	void setVirtualCpus(int value);

	/**
	 * Returns the value of the '<em><b>Cpu Type</b></em>' attribute.
	 * The default value is <code>"IFL"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ProcessorType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Type</em>' attribute.
	 * @see ssiplan.model.ProcessorType
	 * @see #setCpuType(ProcessorType)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_CpuType()
	 * @model default="IFL"
	 * @generated
	 */
	ProcessorType getCpuType();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getCpuType <em>Cpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Type</em>' attribute.
	 * @see ssiplan.model.ProcessorType
	 * @see #getCpuType()
	 * @generated
	 */
	void setCpuType(ProcessorType value);

	/**
	 * Returns the value of the '<em><b>Privilege Classes</b></em>' attribute.
	 * The default value is <code>"G"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Privilege Classes</em>' attribute.
	 * @see #setPrivilegeClasses(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_PrivilegeClasses()
	 * @model default="G"
	 * @generated
	 */
	String getPrivilegeClasses();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getPrivilegeClasses <em>Privilege Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privilege Classes</em>' attribute.
	 * @see #getPrivilegeClasses()
	 * @generated
	 */
	void setPrivilegeClasses(String value);

	/**
	 * Returns the value of the '<em><b>Guest Os</b></em>' attribute.
	 * The default value is <code>"LINUX"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.GuestOs}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guest Os</em>' attribute.
	 * @see ssiplan.model.GuestOs
	 * @see #setGuestOs(GuestOs)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_GuestOs()
	 * @model default="LINUX"
	 * @generated
	 */
	GuestOs getGuestOs();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getGuestOs <em>Guest Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Os</em>' attribute.
	 * @see ssiplan.model.GuestOs
	 * @see #getGuestOs()
	 * @generated
	 */
	void setGuestOs(GuestOs value);

	/**
	 * Returns the value of the '<em><b>Relocatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMRELOCATE ON in the directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relocatable</em>' attribute.
	 * @see #setRelocatable(boolean)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Relocatable()
	 * @model
	 * @generated
	 */
	boolean isRelocatable();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#isRelocatable <em>Relocatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relocatable</em>' attribute.
	 * @see #isRelocatable()
	 * @generated
	 */
	void setRelocatable(boolean value);

	/**
	 * Returns the value of the '<em><b>Relocation Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain named on VMRELOCATE ... DOMAIN; none means the SSI domain [U default].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relocation Domain</em>' reference.
	 * @see #setRelocationDomain(RelocationDomain)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_RelocationDomain()
	 * @model
	 * @generated
	 */
	RelocationDomain getRelocationDomain();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getRelocationDomain <em>Relocation Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relocation Domain</em>' reference.
	 * @see #getRelocationDomain()
	 * @generated
	 */
	void setRelocationDomain(RelocationDomain value);

	/**
	 * Returns the value of the '<em><b>Chpid Virtualization One</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OPTION CHPIDVIRTUALIZATION ONE, recommended for relocatable guests [U].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chpid Virtualization One</em>' attribute.
	 * @see #setChpidVirtualizationOne(boolean)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_ChpidVirtualizationOne()
	 * @model
	 * @generated
	 */
	boolean isChpidVirtualizationOne();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#isChpidVirtualizationOne <em>Chpid Virtualization One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chpid Virtualization One</em>' attribute.
	 * @see #isChpidVirtualizationOne()
	 * @generated
	 */
	void setChpidVirtualizationOne(boolean value);

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profile named on the INCLUDE statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' reference.
	 * @see #setProfile(Profile)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Profile()
	 * @model
	 * @generated
	 */
	Profile getProfile();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getProfile <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(Profile value);

	/**
	 * Returns the value of the '<em><b>Ipl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the entry IPLs (e.g. CMS or 0100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipl</em>' attribute.
	 * @see #setIpl(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Ipl()
	 * @model
	 * @generated
	 */
	String getIpl();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getIpl <em>Ipl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipl</em>' attribute.
	 * @see #getIpl()
	 * @generated
	 */
	void setIpl(String value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.SegmentUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentUse> getSegments();

	/**
	 * Returns the value of the '<em><b>Crypto</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Crypto</em>' containment reference.
	 * @see #setCrypto(Crypto)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Crypto()
	 * @model containment="true"
	 * @generated
	 */
	Crypto getCrypto();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getCrypto <em>Crypto</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crypto</em>' containment reference.
	 * @see #getCrypto()
	 * @generated
	 */
	void setCrypto(Crypto value);

	/**
	 * Returns the value of the '<em><b>Workload</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workload</em>' containment reference.
	 * @see #setWorkload(WorkloadProfile)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_Workload()
	 * @model containment="true"
	 * @generated
	 */
	WorkloadProfile getWorkload();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getWorkload <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workload</em>' containment reference.
	 * @see #getWorkload()
	 * @generated
	 */
	void setWorkload(WorkloadProfile value);

	/**
	 * Returns the value of the '<em><b>Tolerable Outage Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest outage the guest's service tolerates, seconds (criticality); unset = not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerable Outage Seconds</em>' attribute.
	 * @see #isSetTolerableOutageSeconds()
	 * @see #unsetTolerableOutageSeconds()
	 * @see #setTolerableOutageSeconds(int)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_TolerableOutageSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTolerableOutageSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerable Outage Seconds</em>' attribute.
	 * @see #isSetTolerableOutageSeconds()
	 * @see #unsetTolerableOutageSeconds()
	 * @see #getTolerableOutageSeconds()
	 * @generated
	 */
	void setTolerableOutageSeconds(int value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.VirtualMachine#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTolerableOutageSeconds()
	 * @see #getTolerableOutageSeconds()
	 * @see #setTolerableOutageSeconds(int)
	 * @generated
	 */
	void unsetTolerableOutageSeconds();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.VirtualMachine#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tolerable Outage Seconds</em>' attribute is set.
	 * @see #unsetTolerableOutageSeconds()
	 * @see #getTolerableOutageSeconds()
	 * @see #setTolerableOutageSeconds(int)
	 * @generated
	 */
	boolean isSetTolerableOutageSeconds();

	/**
	 * Returns the value of the '<em><b>Anti Affinity Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guests in the same group should not run on the same member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anti Affinity Group</em>' attribute.
	 * @see #setAntiAffinityGroup(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualMachine_AntiAffinityGroup()
	 * @model
	 * @generated
	 */
	String getAntiAffinityGroup();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualMachine#getAntiAffinityGroup <em>Anti Affinity Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anti Affinity Group</em>' attribute.
	 * @see #getAntiAffinityGroup()
	 * @generated
	 */
	void setAntiAffinityGroup(String value);

} // VirtualMachine
