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

import ssiplan.model.ChannelPath;
import ssiplan.model.DeviceNumber;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Real Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.RealDeviceImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.RealDeviceImpl#getEqid <em>Eqid</em>}</li>
 *   <li>{@link ssiplan.model.impl.RealDeviceImpl#getChpid <em>Chpid</em>}</li>
 *   <li>{@link ssiplan.model.impl.RealDeviceImpl#getDeviceNumbers <em>Device Numbers</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RealDeviceImpl extends EObjectImpl implements RealDevice {
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
	 * The default value of the '{@link #getEqid() <em>Eqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEqid()
	 * @generated
	 * @ordered
	 */
	protected static final String EQID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEqid() <em>Eqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEqid()
	 * @generated
	 * @ordered
	 */
	protected String eqid = EQID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChpid() <em>Chpid</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChpid()
	 * @generated
	 * @ordered
	 */
	protected ChannelPath chpid;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RealDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.REAL_DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.REAL_DEVICE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEqid() {
		return eqid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEqid(String newEqid) {
		String oldEqid = eqid;
		eqid = newEqid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.REAL_DEVICE__EQID, oldEqid, eqid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPath getChpid() {
		if (chpid != null && chpid.eIsProxy()) {
			InternalEObject oldChpid = (InternalEObject)chpid;
			chpid = (ChannelPath)eResolveProxy(oldChpid);
			if (chpid != oldChpid) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.REAL_DEVICE__CHPID, oldChpid, chpid));
			}
		}
		return chpid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPath basicGetChpid() {
		return chpid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChpid(ChannelPath newChpid) {
		ChannelPath oldChpid = chpid;
		chpid = newChpid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.REAL_DEVICE__CHPID, oldChpid, chpid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceNumber> getDeviceNumbers() {
		if (deviceNumbers == null) {
			deviceNumbers = new EObjectContainmentEList<DeviceNumber>(DeviceNumber.class, this, SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS);
		}
		return deviceNumbers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS:
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
			case SsiplanPackage.REAL_DEVICE__NAME:
				return getName();
			case SsiplanPackage.REAL_DEVICE__EQID:
				return getEqid();
			case SsiplanPackage.REAL_DEVICE__CHPID:
				if (resolve) return getChpid();
				return basicGetChpid();
			case SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS:
				return getDeviceNumbers();
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
			case SsiplanPackage.REAL_DEVICE__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.REAL_DEVICE__EQID:
				setEqid((String)newValue);
				return;
			case SsiplanPackage.REAL_DEVICE__CHPID:
				setChpid((ChannelPath)newValue);
				return;
			case SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS:
				getDeviceNumbers().clear();
				getDeviceNumbers().addAll((Collection<? extends DeviceNumber>)newValue);
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
			case SsiplanPackage.REAL_DEVICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.REAL_DEVICE__EQID:
				setEqid(EQID_EDEFAULT);
				return;
			case SsiplanPackage.REAL_DEVICE__CHPID:
				setChpid((ChannelPath)null);
				return;
			case SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS:
				getDeviceNumbers().clear();
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
			case SsiplanPackage.REAL_DEVICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.REAL_DEVICE__EQID:
				return EQID_EDEFAULT == null ? eqid != null : !EQID_EDEFAULT.equals(eqid);
			case SsiplanPackage.REAL_DEVICE__CHPID:
				return chpid != null;
			case SsiplanPackage.REAL_DEVICE__DEVICE_NUMBERS:
				return deviceNumbers != null && !deviceNumbers.isEmpty();
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
		result.append(", eqid: ");
		result.append(eqid);
		result.append(')');
		return result.toString();
	}

} //RealDeviceImpl
