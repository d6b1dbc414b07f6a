/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.Crypto;
import ssiplan.model.GuestOs;
import ssiplan.model.ProcessorType;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualMachine;
import ssiplan.model.WorkloadProfile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getUserid <em>Userid</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getStorageMiB <em>Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getMaxStorageMiB <em>Max Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getVirtualCpus <em>Virtual Cpus</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getCpuType <em>Cpu Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getPrivilegeClasses <em>Privilege Classes</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getGuestOs <em>Guest Os</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#isRelocatable <em>Relocatable</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getRelocationDomain <em>Relocation Domain</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#isChpidVirtualizationOne <em>Chpid Virtualization One</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getIpl <em>Ipl</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getCrypto <em>Crypto</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getWorkload <em>Workload</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getTolerableOutageSeconds <em>Tolerable Outage Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualMachineImpl#getAntiAffinityGroup <em>Anti Affinity Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class VirtualMachineImpl extends DirectoryEntryImpl implements VirtualMachine {
	/**
	 * The default value of the '{@link #getUserid() <em>Userid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserid()
	 * @generated
	 * @ordered
	 */
	protected static final String USERID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserid() <em>Userid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserid()
	 * @generated
	 * @ordered
	 */
	protected String userid = USERID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageMiB() <em>Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected static final int STORAGE_MI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStorageMiB() <em>Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected int storageMiB = STORAGE_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxStorageMiB() <em>Max Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_STORAGE_MI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxStorageMiB() <em>Max Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected int maxStorageMiB = MAX_STORAGE_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualCpus() <em>Virtual Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualCpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VIRTUAL_CPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVirtualCpus() <em>Virtual Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualCpus()
	 * @generated
	 * @ordered
	 */
	protected int virtualCpus = VIRTUAL_CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuType() <em>Cpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuType()
	 * @generated
	 * @ordered
	 */
	protected static final ProcessorType CPU_TYPE_EDEFAULT = ProcessorType.IFL;

	/**
	 * The cached value of the '{@link #getCpuType() <em>Cpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuType()
	 * @generated
	 * @ordered
	 */
	protected ProcessorType cpuType = CPU_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrivilegeClasses() <em>Privilege Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivilegeClasses()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIVILEGE_CLASSES_EDEFAULT = "G";

	/**
	 * The cached value of the '{@link #getPrivilegeClasses() <em>Privilege Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivilegeClasses()
	 * @generated
	 * @ordered
	 */
	protected String privilegeClasses = PRIVILEGE_CLASSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestOs() <em>Guest Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestOs()
	 * @generated
	 * @ordered
	 */
	protected static final GuestOs GUEST_OS_EDEFAULT = GuestOs.LINUX;

	/**
	 * The cached value of the '{@link #getGuestOs() <em>Guest Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestOs()
	 * @generated
	 * @ordered
	 */
	protected GuestOs guestOs = GUEST_OS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRelocatable() <em>Relocatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelocatable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RELOCATABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRelocatable() <em>Relocatable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelocatable()
	 * @generated
	 * @ordered
	 */
	protected boolean relocatable = RELOCATABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelocationDomain() <em>Relocation Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelocationDomain()
	 * @generated
	 * @ordered
	 */
	protected RelocationDomain relocationDomain;

	/**
	 * The default value of the '{@link #isChpidVirtualizationOne() <em>Chpid Virtualization One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChpidVirtualizationOne()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHPID_VIRTUALIZATION_ONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChpidVirtualizationOne() <em>Chpid Virtualization One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChpidVirtualizationOne()
	 * @generated
	 * @ordered
	 */
	protected boolean chpidVirtualizationOne = CHPID_VIRTUALIZATION_ONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected Profile profile;

	/**
	 * The default value of the '{@link #getIpl() <em>Ipl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpl()
	 * @generated
	 * @ordered
	 */
	protected static final String IPL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpl() <em>Ipl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpl()
	 * @generated
	 * @ordered
	 */
	protected String ipl = IPL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentUse> segments;

	/**
	 * The cached value of the '{@link #getCrypto() <em>Crypto</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrypto()
	 * @generated
	 * @ordered
	 */
	protected Crypto crypto;

	/**
	 * The cached value of the '{@link #getWorkload() <em>Workload</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkload()
	 * @generated
	 * @ordered
	 */
	protected WorkloadProfile workload;

	/**
	 * The default value of the '{@link #getTolerableOutageSeconds() <em>Tolerable Outage Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerableOutageSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TOLERABLE_OUTAGE_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTolerableOutageSeconds() <em>Tolerable Outage Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerableOutageSeconds()
	 * @generated
	 * @ordered
	 */
	protected int tolerableOutageSeconds = TOLERABLE_OUTAGE_SECONDS_EDEFAULT;

	/**
	 * This is true if the Tolerable Outage Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tolerableOutageSecondsESet;

	/**
	 * The default value of the '{@link #getAntiAffinityGroup() <em>Anti Affinity Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntiAffinityGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String ANTI_AFFINITY_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAntiAffinityGroup() <em>Anti Affinity Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntiAffinityGroup()
	 * @generated
	 * @ordered
	 */
	protected String antiAffinityGroup = ANTI_AFFINITY_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserid() {
		return userid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserid(String newUserid) {
		String oldUserid = userid;
		userid = newUserid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__USERID, oldUserid, userid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStorageMiB() {
		return storageMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageMiB(int newStorageMiB) {
		int oldStorageMiB = storageMiB;
		storageMiB = newStorageMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B, oldStorageMiB, storageMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxStorageMiB() {
		return maxStorageMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxStorageMiB(int newMaxStorageMiB) {
		int oldMaxStorageMiB = maxStorageMiB;
		maxStorageMiB = newMaxStorageMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B, oldMaxStorageMiB, maxStorageMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVirtualCpus() {
		return virtualCpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualCpus(int newVirtualCpus) {
		int oldVirtualCpus = virtualCpus;
		virtualCpus = newVirtualCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS, oldVirtualCpus, virtualCpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessorType getCpuType() {
		return cpuType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuType(ProcessorType newCpuType) {
		ProcessorType oldCpuType = cpuType;
		cpuType = newCpuType == null ? CPU_TYPE_EDEFAULT : newCpuType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE, oldCpuType, cpuType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrivilegeClasses() {
		return privilegeClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivilegeClasses(String newPrivilegeClasses) {
		String oldPrivilegeClasses = privilegeClasses;
		privilegeClasses = newPrivilegeClasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES, oldPrivilegeClasses, privilegeClasses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestOs getGuestOs() {
		return guestOs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestOs(GuestOs newGuestOs) {
		GuestOs oldGuestOs = guestOs;
		guestOs = newGuestOs == null ? GUEST_OS_EDEFAULT : newGuestOs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS, oldGuestOs, guestOs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRelocatable() {
		return relocatable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelocatable(boolean newRelocatable) {
		boolean oldRelocatable = relocatable;
		relocatable = newRelocatable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE, oldRelocatable, relocatable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelocationDomain getRelocationDomain() {
		if (relocationDomain != null && relocationDomain.eIsProxy()) {
			InternalEObject oldRelocationDomain = (InternalEObject)relocationDomain;
			relocationDomain = (RelocationDomain)eResolveProxy(oldRelocationDomain);
			if (relocationDomain != oldRelocationDomain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN, oldRelocationDomain, relocationDomain));
			}
		}
		return relocationDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelocationDomain basicGetRelocationDomain() {
		return relocationDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelocationDomain(RelocationDomain newRelocationDomain) {
		RelocationDomain oldRelocationDomain = relocationDomain;
		relocationDomain = newRelocationDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN, oldRelocationDomain, relocationDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChpidVirtualizationOne() {
		return chpidVirtualizationOne;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChpidVirtualizationOne(boolean newChpidVirtualizationOne) {
		boolean oldChpidVirtualizationOne = chpidVirtualizationOne;
		chpidVirtualizationOne = newChpidVirtualizationOne;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE, oldChpidVirtualizationOne, chpidVirtualizationOne));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Profile getProfile() {
		if (profile != null && profile.eIsProxy()) {
			InternalEObject oldProfile = (InternalEObject)profile;
			profile = (Profile)eResolveProxy(oldProfile);
			if (profile != oldProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.VIRTUAL_MACHINE__PROFILE, oldProfile, profile));
			}
		}
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Profile basicGetProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(Profile newProfile) {
		Profile oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpl() {
		return ipl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpl(String newIpl) {
		String oldIpl = ipl;
		ipl = newIpl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__IPL, oldIpl, ipl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentUse> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<SegmentUse>(SegmentUse.class, this, SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Crypto getCrypto() {
		return crypto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCrypto(Crypto newCrypto, NotificationChain msgs) {
		Crypto oldCrypto = crypto;
		crypto = newCrypto;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__CRYPTO, oldCrypto, newCrypto);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrypto(Crypto newCrypto) {
		if (newCrypto != crypto) {
			NotificationChain msgs = null;
			if (crypto != null)
				msgs = ((InternalEObject)crypto).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.VIRTUAL_MACHINE__CRYPTO, null, msgs);
			if (newCrypto != null)
				msgs = ((InternalEObject)newCrypto).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.VIRTUAL_MACHINE__CRYPTO, null, msgs);
			msgs = basicSetCrypto(newCrypto, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__CRYPTO, newCrypto, newCrypto));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkloadProfile getWorkload() {
		return workload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkload(WorkloadProfile newWorkload, NotificationChain msgs) {
		WorkloadProfile oldWorkload = workload;
		workload = newWorkload;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD, oldWorkload, newWorkload);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkload(WorkloadProfile newWorkload) {
		if (newWorkload != workload) {
			NotificationChain msgs = null;
			if (workload != null)
				msgs = ((InternalEObject)workload).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD, null, msgs);
			if (newWorkload != null)
				msgs = ((InternalEObject)newWorkload).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD, null, msgs);
			msgs = basicSetWorkload(newWorkload, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD, newWorkload, newWorkload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTolerableOutageSeconds() {
		return tolerableOutageSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerableOutageSeconds(int newTolerableOutageSeconds) {
		int oldTolerableOutageSeconds = tolerableOutageSeconds;
		tolerableOutageSeconds = newTolerableOutageSeconds;
		boolean oldTolerableOutageSecondsESet = tolerableOutageSecondsESet;
		tolerableOutageSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS, oldTolerableOutageSeconds, tolerableOutageSeconds, !oldTolerableOutageSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTolerableOutageSeconds() {
		int oldTolerableOutageSeconds = tolerableOutageSeconds;
		boolean oldTolerableOutageSecondsESet = tolerableOutageSecondsESet;
		tolerableOutageSeconds = TOLERABLE_OUTAGE_SECONDS_EDEFAULT;
		tolerableOutageSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS, oldTolerableOutageSeconds, TOLERABLE_OUTAGE_SECONDS_EDEFAULT, oldTolerableOutageSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTolerableOutageSeconds() {
		return tolerableOutageSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAntiAffinityGroup() {
		return antiAffinityGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAntiAffinityGroup(String newAntiAffinityGroup) {
		String oldAntiAffinityGroup = antiAffinityGroup;
		antiAffinityGroup = newAntiAffinityGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP, oldAntiAffinityGroup, antiAffinityGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
				return basicSetCrypto(null, msgs);
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				return basicSetWorkload(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_MACHINE__USERID:
				return getUserid();
			case SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B:
				return getStorageMiB();
			case SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B:
				return getMaxStorageMiB();
			case SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS:
				return getVirtualCpus();
			case SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE:
				return getCpuType();
			case SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES:
				return getPrivilegeClasses();
			case SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS:
				return getGuestOs();
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE:
				return isRelocatable();
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN:
				if (resolve) return getRelocationDomain();
				return basicGetRelocationDomain();
			case SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE:
				return isChpidVirtualizationOne();
			case SsiplanPackage.VIRTUAL_MACHINE__PROFILE:
				if (resolve) return getProfile();
				return basicGetProfile();
			case SsiplanPackage.VIRTUAL_MACHINE__IPL:
				return getIpl();
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
				return getSegments();
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
				return getCrypto();
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				return getWorkload();
			case SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS:
				return getTolerableOutageSeconds();
			case SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP:
				return getAntiAffinityGroup();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_MACHINE__USERID:
				setUserid((String)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B:
				setStorageMiB((Integer)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B:
				setMaxStorageMiB((Integer)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS:
				setVirtualCpus((Integer)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE:
				setCpuType((ProcessorType)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES:
				setPrivilegeClasses((String)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS:
				setGuestOs((GuestOs)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE:
				setRelocatable((Boolean)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN:
				setRelocationDomain((RelocationDomain)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE:
				setChpidVirtualizationOne((Boolean)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__PROFILE:
				setProfile((Profile)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__IPL:
				setIpl((String)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends SegmentUse>)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
				setCrypto((Crypto)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				setWorkload((WorkloadProfile)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS:
				setTolerableOutageSeconds((Integer)newValue);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP:
				setAntiAffinityGroup((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_MACHINE__USERID:
				setUserid(USERID_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B:
				setStorageMiB(STORAGE_MI_B_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B:
				setMaxStorageMiB(MAX_STORAGE_MI_B_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS:
				setVirtualCpus(VIRTUAL_CPUS_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE:
				setCpuType(CPU_TYPE_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES:
				setPrivilegeClasses(PRIVILEGE_CLASSES_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS:
				setGuestOs(GUEST_OS_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE:
				setRelocatable(RELOCATABLE_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN:
				setRelocationDomain((RelocationDomain)null);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE:
				setChpidVirtualizationOne(CHPID_VIRTUALIZATION_ONE_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__PROFILE:
				setProfile((Profile)null);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__IPL:
				setIpl(IPL_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
				getSegments().clear();
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
				setCrypto((Crypto)null);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				setWorkload((WorkloadProfile)null);
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS:
				unsetTolerableOutageSeconds();
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP:
				setAntiAffinityGroup(ANTI_AFFINITY_GROUP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_MACHINE__USERID:
				return USERID_EDEFAULT == null ? userid != null : !USERID_EDEFAULT.equals(userid);
			case SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B:
				return storageMiB != STORAGE_MI_B_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B:
				return maxStorageMiB != MAX_STORAGE_MI_B_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS:
				return virtualCpus != VIRTUAL_CPUS_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE:
				return cpuType != CPU_TYPE_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES:
				return PRIVILEGE_CLASSES_EDEFAULT == null ? privilegeClasses != null : !PRIVILEGE_CLASSES_EDEFAULT.equals(privilegeClasses);
			case SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS:
				return guestOs != GUEST_OS_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE:
				return relocatable != RELOCATABLE_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATION_DOMAIN:
				return relocationDomain != null;
			case SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE:
				return chpidVirtualizationOne != CHPID_VIRTUALIZATION_ONE_EDEFAULT;
			case SsiplanPackage.VIRTUAL_MACHINE__PROFILE:
				return profile != null;
			case SsiplanPackage.VIRTUAL_MACHINE__IPL:
				return IPL_EDEFAULT == null ? ipl != null : !IPL_EDEFAULT.equals(ipl);
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
				return crypto != null;
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				return workload != null;
			case SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS:
				return isSetTolerableOutageSeconds();
			case SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP:
				return ANTI_AFFINITY_GROUP_EDEFAULT == null ? antiAffinityGroup != null : !ANTI_AFFINITY_GROUP_EDEFAULT.equals(antiAffinityGroup);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (userid: ");
		result.append(userid);
		result.append(", storageMiB: ");
		result.append(storageMiB);
		result.append(", maxStorageMiB: ");
		result.append(maxStorageMiB);
		result.append(", virtualCpus: ");
		result.append(virtualCpus);
		result.append(", cpuType: ");
		result.append(cpuType);
		result.append(", privilegeClasses: ");
		result.append(privilegeClasses);
		result.append(", guestOs: ");
		result.append(guestOs);
		result.append(", relocatable: ");
		result.append(relocatable);
		result.append(", chpidVirtualizationOne: ");
		result.append(chpidVirtualizationOne);
		result.append(", ipl: ");
		result.append(ipl);
		result.append(", tolerableOutageSeconds: ");
		if (tolerableOutageSecondsESet) result.append(tolerableOutageSeconds); else result.append("<unset>");
		result.append(", antiAffinityGroup: ");
		result.append(antiAffinityGroup);
		result.append(')');
		return result.toString();
	}

} //VirtualMachineImpl
