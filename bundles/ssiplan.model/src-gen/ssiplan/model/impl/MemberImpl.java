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
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.SystemResidence;
import ssiplan.model.ZvmRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getLpar <em>Lpar</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getServiceLevel <em>Service Level</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getMacPrefix <em>Mac Prefix</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getRealMemoryGiB <em>Real Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getPagingCapacityGiB <em>Paging Capacity Gi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getCpOwnedSlots <em>Cp Owned Slots</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberImpl#getSystemResidence <em>System Residence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberImpl extends EObjectImpl implements Member {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLpar() <em>Lpar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLpar()
	 * @generated
	 * @ordered
	 */
	protected Lpar lpar;

	/**
	 * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected static final ZvmRelease RELEASE_EDEFAULT = ZvmRelease.V7_3;

	/**
	 * The cached value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected ZvmRelease release = RELEASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceLevel() <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceLevel() <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected String serviceLevel = SERVICE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMacPrefix() <em>Mac Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMacPrefix() <em>Mac Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacPrefix()
	 * @generated
	 * @ordered
	 */
	protected String macPrefix = MAC_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRealMemoryGiB() <em>Real Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected static final int REAL_MEMORY_GI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRealMemoryGiB() <em>Real Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected int realMemoryGiB = REAL_MEMORY_GI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getPagingCapacityGiB() <em>Paging Capacity Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagingCapacityGiB()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGING_CAPACITY_GI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPagingCapacityGiB() <em>Paging Capacity Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagingCapacityGiB()
	 * @generated
	 * @ordered
	 */
	protected int pagingCapacityGiB = PAGING_CAPACITY_GI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialState() <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected static final MemberState INITIAL_STATE_EDEFAULT = MemberState.JOINED;

	/**
	 * The cached value of the '{@link #getInitialState() <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected MemberState initialState = INITIAL_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCpOwnedSlots() <em>Cp Owned Slots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpOwnedSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<CpOwnedSlot> cpOwnedSlots;

	/**
	 * The cached value of the '{@link #getSystemResidence() <em>System Residence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemResidence()
	 * @generated
	 * @ordered
	 */
	protected SystemResidence systemResidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lpar getLpar() {
		if (lpar != null && lpar.eIsProxy()) {
			InternalEObject oldLpar = (InternalEObject)lpar;
			lpar = (Lpar)eResolveProxy(oldLpar);
			if (lpar != oldLpar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.MEMBER__LPAR, oldLpar, lpar));
			}
		}
		return lpar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Lpar basicGetLpar() {
		return lpar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLpar(Lpar newLpar, NotificationChain msgs) {
		Lpar oldLpar = lpar;
		lpar = newLpar;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__LPAR, oldLpar, newLpar);
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
	public void setLpar(Lpar newLpar) {
		if (newLpar != lpar) {
			NotificationChain msgs = null;
			if (lpar != null)
				msgs = ((InternalEObject)lpar).eInverseRemove(this, SsiplanPackage.LPAR__MEMBER, Lpar.class, msgs);
			if (newLpar != null)
				msgs = ((InternalEObject)newLpar).eInverseAdd(this, SsiplanPackage.LPAR__MEMBER, Lpar.class, msgs);
			msgs = basicSetLpar(newLpar, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__LPAR, newLpar, newLpar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZvmRelease getRelease() {
		return release;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelease(ZvmRelease newRelease) {
		ZvmRelease oldRelease = release;
		release = newRelease == null ? RELEASE_EDEFAULT : newRelease;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__RELEASE, oldRelease, release));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceLevel() {
		return serviceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLevel(String newServiceLevel) {
		String oldServiceLevel = serviceLevel;
		serviceLevel = newServiceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__SERVICE_LEVEL, oldServiceLevel, serviceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMacPrefix() {
		return macPrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacPrefix(String newMacPrefix) {
		String oldMacPrefix = macPrefix;
		macPrefix = newMacPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__MAC_PREFIX, oldMacPrefix, macPrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRealMemoryGiB() {
		return realMemoryGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealMemoryGiB(int newRealMemoryGiB) {
		int oldRealMemoryGiB = realMemoryGiB;
		realMemoryGiB = newRealMemoryGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__REAL_MEMORY_GI_B, oldRealMemoryGiB, realMemoryGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPagingCapacityGiB() {
		return pagingCapacityGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPagingCapacityGiB(int newPagingCapacityGiB) {
		int oldPagingCapacityGiB = pagingCapacityGiB;
		pagingCapacityGiB = newPagingCapacityGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__PAGING_CAPACITY_GI_B, oldPagingCapacityGiB, pagingCapacityGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberState getInitialState() {
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialState(MemberState newInitialState) {
		MemberState oldInitialState = initialState;
		initialState = newInitialState == null ? INITIAL_STATE_EDEFAULT : newInitialState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__INITIAL_STATE, oldInitialState, initialState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpOwnedSlot> getCpOwnedSlots() {
		if (cpOwnedSlots == null) {
			cpOwnedSlots = new EObjectContainmentEList<CpOwnedSlot>(CpOwnedSlot.class, this, SsiplanPackage.MEMBER__CP_OWNED_SLOTS);
		}
		return cpOwnedSlots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemResidence getSystemResidence() {
		return systemResidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSystemResidence(SystemResidence newSystemResidence, NotificationChain msgs) {
		SystemResidence oldSystemResidence = systemResidence;
		systemResidence = newSystemResidence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__SYSTEM_RESIDENCE, oldSystemResidence, newSystemResidence);
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
	public void setSystemResidence(SystemResidence newSystemResidence) {
		if (newSystemResidence != systemResidence) {
			NotificationChain msgs = null;
			if (systemResidence != null)
				msgs = ((InternalEObject)systemResidence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.MEMBER__SYSTEM_RESIDENCE, null, msgs);
			if (newSystemResidence != null)
				msgs = ((InternalEObject)newSystemResidence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.MEMBER__SYSTEM_RESIDENCE, null, msgs);
			msgs = basicSetSystemResidence(newSystemResidence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER__SYSTEM_RESIDENCE, newSystemResidence, newSystemResidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.MEMBER__LPAR:
				if (lpar != null)
					msgs = ((InternalEObject)lpar).eInverseRemove(this, SsiplanPackage.LPAR__MEMBER, Lpar.class, msgs);
				return basicSetLpar((Lpar)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.MEMBER__LPAR:
				return basicSetLpar(null, msgs);
			case SsiplanPackage.MEMBER__CP_OWNED_SLOTS:
				return ((InternalEList<?>)getCpOwnedSlots()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.MEMBER__SYSTEM_RESIDENCE:
				return basicSetSystemResidence(null, msgs);
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
			case SsiplanPackage.MEMBER__NAME:
				return getName();
			case SsiplanPackage.MEMBER__SLOT:
				return getSlot();
			case SsiplanPackage.MEMBER__LPAR:
				if (resolve) return getLpar();
				return basicGetLpar();
			case SsiplanPackage.MEMBER__RELEASE:
				return getRelease();
			case SsiplanPackage.MEMBER__SERVICE_LEVEL:
				return getServiceLevel();
			case SsiplanPackage.MEMBER__MAC_PREFIX:
				return getMacPrefix();
			case SsiplanPackage.MEMBER__REAL_MEMORY_GI_B:
				return getRealMemoryGiB();
			case SsiplanPackage.MEMBER__PAGING_CAPACITY_GI_B:
				return getPagingCapacityGiB();
			case SsiplanPackage.MEMBER__INITIAL_STATE:
				return getInitialState();
			case SsiplanPackage.MEMBER__CP_OWNED_SLOTS:
				return getCpOwnedSlots();
			case SsiplanPackage.MEMBER__SYSTEM_RESIDENCE:
				return getSystemResidence();
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
			case SsiplanPackage.MEMBER__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.MEMBER__SLOT:
				setSlot((Integer)newValue);
				return;
			case SsiplanPackage.MEMBER__LPAR:
				setLpar((Lpar)newValue);
				return;
			case SsiplanPackage.MEMBER__RELEASE:
				setRelease((ZvmRelease)newValue);
				return;
			case SsiplanPackage.MEMBER__SERVICE_LEVEL:
				setServiceLevel((String)newValue);
				return;
			case SsiplanPackage.MEMBER__MAC_PREFIX:
				setMacPrefix((String)newValue);
				return;
			case SsiplanPackage.MEMBER__REAL_MEMORY_GI_B:
				setRealMemoryGiB((Integer)newValue);
				return;
			case SsiplanPackage.MEMBER__PAGING_CAPACITY_GI_B:
				setPagingCapacityGiB((Integer)newValue);
				return;
			case SsiplanPackage.MEMBER__INITIAL_STATE:
				setInitialState((MemberState)newValue);
				return;
			case SsiplanPackage.MEMBER__CP_OWNED_SLOTS:
				getCpOwnedSlots().clear();
				getCpOwnedSlots().addAll((Collection<? extends CpOwnedSlot>)newValue);
				return;
			case SsiplanPackage.MEMBER__SYSTEM_RESIDENCE:
				setSystemResidence((SystemResidence)newValue);
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
			case SsiplanPackage.MEMBER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__LPAR:
				setLpar((Lpar)null);
				return;
			case SsiplanPackage.MEMBER__RELEASE:
				setRelease(RELEASE_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__SERVICE_LEVEL:
				setServiceLevel(SERVICE_LEVEL_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__MAC_PREFIX:
				setMacPrefix(MAC_PREFIX_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__REAL_MEMORY_GI_B:
				setRealMemoryGiB(REAL_MEMORY_GI_B_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__PAGING_CAPACITY_GI_B:
				setPagingCapacityGiB(PAGING_CAPACITY_GI_B_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__INITIAL_STATE:
				setInitialState(INITIAL_STATE_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER__CP_OWNED_SLOTS:
				getCpOwnedSlots().clear();
				return;
			case SsiplanPackage.MEMBER__SYSTEM_RESIDENCE:
				setSystemResidence((SystemResidence)null);
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
			case SsiplanPackage.MEMBER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.MEMBER__SLOT:
				return slot != SLOT_EDEFAULT;
			case SsiplanPackage.MEMBER__LPAR:
				return lpar != null;
			case SsiplanPackage.MEMBER__RELEASE:
				return release != RELEASE_EDEFAULT;
			case SsiplanPackage.MEMBER__SERVICE_LEVEL:
				return SERVICE_LEVEL_EDEFAULT == null ? serviceLevel != null : !SERVICE_LEVEL_EDEFAULT.equals(serviceLevel);
			case SsiplanPackage.MEMBER__MAC_PREFIX:
				return MAC_PREFIX_EDEFAULT == null ? macPrefix != null : !MAC_PREFIX_EDEFAULT.equals(macPrefix);
			case SsiplanPackage.MEMBER__REAL_MEMORY_GI_B:
				return realMemoryGiB != REAL_MEMORY_GI_B_EDEFAULT;
			case SsiplanPackage.MEMBER__PAGING_CAPACITY_GI_B:
				return pagingCapacityGiB != PAGING_CAPACITY_GI_B_EDEFAULT;
			case SsiplanPackage.MEMBER__INITIAL_STATE:
				return initialState != INITIAL_STATE_EDEFAULT;
			case SsiplanPackage.MEMBER__CP_OWNED_SLOTS:
				return cpOwnedSlots != null && !cpOwnedSlots.isEmpty();
			case SsiplanPackage.MEMBER__SYSTEM_RESIDENCE:
				return systemResidence != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", slot: ");
		result.append(slot);
		result.append(", release: ");
		result.append(release);
		result.append(", serviceLevel: ");
		result.append(serviceLevel);
		result.append(", macPrefix: ");
		result.append(macPrefix);
		result.append(", realMemoryGiB: ");
		result.append(realMemoryGiB);
		result.append(", pagingCapacityGiB: ");
		result.append(pagingCapacityGiB);
		result.append(", initialState: ");
		result.append(initialState);
		result.append(')');
		return result.toString();
	}

} //MemberImpl
