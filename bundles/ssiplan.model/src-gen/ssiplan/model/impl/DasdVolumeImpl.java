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

import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VolumeUse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dasd Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getVolser <em>Volser</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getCylinders <em>Cylinders</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getUse <em>Use</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getOwnerMember <em>Owner Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getDeviceNumbers <em>Device Numbers</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getSite <em>Site</em>}</li>
 *   <li>{@link ssiplan.model.impl.DasdVolumeImpl#getMirrorPartner <em>Mirror Partner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DasdVolumeImpl extends EObjectImpl implements DasdVolume {
	/**
	 * The default value of the '{@link #getVolser() <em>Volser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolser()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLSER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolser() <em>Volser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolser()
	 * @generated
	 * @ordered
	 */
	protected String volser = VOLSER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected static final DasdDeviceType DEVICE_TYPE_EDEFAULT = DasdDeviceType.D3390_9;

	/**
	 * The cached value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected DasdDeviceType deviceType = DEVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCylinders() <em>Cylinders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCylinders()
	 * @generated
	 * @ordered
	 */
	protected static final int CYLINDERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCylinders() <em>Cylinders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCylinders()
	 * @generated
	 * @ordered
	 */
	protected int cylinders = CYLINDERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlocks() <em>Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlocks()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCKS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBlocks() <em>Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlocks()
	 * @generated
	 * @ordered
	 */
	protected long blocks = BLOCKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUse() <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUse()
	 * @generated
	 * @ordered
	 */
	protected static final VolumeUse USE_EDEFAULT = VolumeUse.USER_SHARED;

	/**
	 * The cached value of the '{@link #getUse() <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUse()
	 * @generated
	 * @ordered
	 */
	protected VolumeUse use = USE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwnerMember() <em>Owner Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerMember()
	 * @generated
	 * @ordered
	 */
	protected Member ownerMember;

	/**
	 * The cached value of the '{@link #getDeviceNumbers() <em>Device Numbers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceNumbers()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceNumber> deviceNumbers;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMirrorPartner() <em>Mirror Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMirrorPartner()
	 * @generated
	 * @ordered
	 */
	protected DasdVolume mirrorPartner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DasdVolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.DASD_VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolser() {
		return volser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolser(String newVolser) {
		String oldVolser = volser;
		volser = newVolser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__VOLSER, oldVolser, volser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdDeviceType getDeviceType() {
		return deviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceType(DasdDeviceType newDeviceType) {
		DasdDeviceType oldDeviceType = deviceType;
		deviceType = newDeviceType == null ? DEVICE_TYPE_EDEFAULT : newDeviceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__DEVICE_TYPE, oldDeviceType, deviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCylinders() {
		return cylinders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCylinders(int newCylinders) {
		int oldCylinders = cylinders;
		cylinders = newCylinders;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__CYLINDERS, oldCylinders, cylinders));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlocks() {
		return blocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlocks(long newBlocks) {
		long oldBlocks = blocks;
		blocks = newBlocks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__BLOCKS, oldBlocks, blocks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeUse getUse() {
		return use;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUse(VolumeUse newUse) {
		VolumeUse oldUse = use;
		use = newUse == null ? USE_EDEFAULT : newUse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__USE, oldUse, use));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getOwnerMember() {
		if (ownerMember != null && ownerMember.eIsProxy()) {
			InternalEObject oldOwnerMember = (InternalEObject)ownerMember;
			ownerMember = (Member)eResolveProxy(oldOwnerMember);
			if (ownerMember != oldOwnerMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.DASD_VOLUME__OWNER_MEMBER, oldOwnerMember, ownerMember));
			}
		}
		return ownerMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetOwnerMember() {
		return ownerMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerMember(Member newOwnerMember) {
		Member oldOwnerMember = ownerMember;
		ownerMember = newOwnerMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__OWNER_MEMBER, oldOwnerMember, ownerMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceNumber> getDeviceNumbers() {
		if (deviceNumbers == null) {
			deviceNumbers = new EObjectContainmentEList<DeviceNumber>(DeviceNumber.class, this, SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS);
		}
		return deviceNumbers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume getMirrorPartner() {
		if (mirrorPartner != null && mirrorPartner.eIsProxy()) {
			InternalEObject oldMirrorPartner = (InternalEObject)mirrorPartner;
			mirrorPartner = (DasdVolume)eResolveProxy(oldMirrorPartner);
			if (mirrorPartner != oldMirrorPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER, oldMirrorPartner, mirrorPartner));
			}
		}
		return mirrorPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdVolume basicGetMirrorPartner() {
		return mirrorPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMirrorPartner(DasdVolume newMirrorPartner) {
		DasdVolume oldMirrorPartner = mirrorPartner;
		mirrorPartner = newMirrorPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER, oldMirrorPartner, mirrorPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS:
				return ((InternalEList<?>)getDeviceNumbers()).basicRemove(otherEnd, msgs);
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
			case SsiplanPackage.DASD_VOLUME__VOLSER:
				return getVolser();
			case SsiplanPackage.DASD_VOLUME__DEVICE_TYPE:
				return getDeviceType();
			case SsiplanPackage.DASD_VOLUME__CYLINDERS:
				return getCylinders();
			case SsiplanPackage.DASD_VOLUME__BLOCKS:
				return getBlocks();
			case SsiplanPackage.DASD_VOLUME__USE:
				return getUse();
			case SsiplanPackage.DASD_VOLUME__OWNER_MEMBER:
				if (resolve) return getOwnerMember();
				return basicGetOwnerMember();
			case SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS:
				return getDeviceNumbers();
			case SsiplanPackage.DASD_VOLUME__SITE:
				return getSite();
			case SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER:
				if (resolve) return getMirrorPartner();
				return basicGetMirrorPartner();
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
			case SsiplanPackage.DASD_VOLUME__VOLSER:
				setVolser((String)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__DEVICE_TYPE:
				setDeviceType((DasdDeviceType)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__CYLINDERS:
				setCylinders((Integer)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__BLOCKS:
				setBlocks((Long)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__USE:
				setUse((VolumeUse)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__OWNER_MEMBER:
				setOwnerMember((Member)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS:
				getDeviceNumbers().clear();
				getDeviceNumbers().addAll((Collection<? extends DeviceNumber>)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__SITE:
				setSite((String)newValue);
				return;
			case SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER:
				setMirrorPartner((DasdVolume)newValue);
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
			case SsiplanPackage.DASD_VOLUME__VOLSER:
				setVolser(VOLSER_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__DEVICE_TYPE:
				setDeviceType(DEVICE_TYPE_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__CYLINDERS:
				setCylinders(CYLINDERS_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__BLOCKS:
				setBlocks(BLOCKS_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__USE:
				setUse(USE_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__OWNER_MEMBER:
				setOwnerMember((Member)null);
				return;
			case SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS:
				getDeviceNumbers().clear();
				return;
			case SsiplanPackage.DASD_VOLUME__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER:
				setMirrorPartner((DasdVolume)null);
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
			case SsiplanPackage.DASD_VOLUME__VOLSER:
				return VOLSER_EDEFAULT == null ? volser != null : !VOLSER_EDEFAULT.equals(volser);
			case SsiplanPackage.DASD_VOLUME__DEVICE_TYPE:
				return deviceType != DEVICE_TYPE_EDEFAULT;
			case SsiplanPackage.DASD_VOLUME__CYLINDERS:
				return cylinders != CYLINDERS_EDEFAULT;
			case SsiplanPackage.DASD_VOLUME__BLOCKS:
				return blocks != BLOCKS_EDEFAULT;
			case SsiplanPackage.DASD_VOLUME__USE:
				return use != USE_EDEFAULT;
			case SsiplanPackage.DASD_VOLUME__OWNER_MEMBER:
				return ownerMember != null;
			case SsiplanPackage.DASD_VOLUME__DEVICE_NUMBERS:
				return deviceNumbers != null && !deviceNumbers.isEmpty();
			case SsiplanPackage.DASD_VOLUME__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case SsiplanPackage.DASD_VOLUME__MIRROR_PARTNER:
				return mirrorPartner != null;
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
		result.append(" (volser: ");
		result.append(volser);
		result.append(", deviceType: ");
		result.append(deviceType);
		result.append(", cylinders: ");
		result.append(cylinders);
		result.append(", blocks: ");
		result.append(blocks);
		result.append(", use: ");
		result.append(use);
		result.append(", site: ");
		result.append(site);
		result.append(')');
		return result.toString();
	}

} //DasdVolumeImpl
