/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.DedicatedDevice;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dedicated Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.DedicatedDeviceImpl#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.impl.DedicatedDeviceImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link ssiplan.model.impl.DedicatedDeviceImpl#getRdev <em>Rdev</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DedicatedDeviceImpl extends EObjectImpl implements DedicatedDevice {
	/**
	 * The default value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String VADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected String vaddr = VADDR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected RealDevice device;

	/**
	 * The default value of the '{@link #getRdev() <em>Rdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdev()
	 * @generated
	 * @ordered
	 */
	protected static final String RDEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRdev() <em>Rdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdev()
	 * @generated
	 * @ordered
	 */
	protected String rdev = RDEV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DedicatedDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.DEDICATED_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVaddr() {
		return vaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaddr(String newVaddr) {
		String oldVaddr = vaddr;
		vaddr = newVaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DEDICATED_DEVICE__VADDR, oldVaddr, vaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RealDevice getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (RealDevice)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.DEDICATED_DEVICE__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RealDevice basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(RealDevice newDevice) {
		RealDevice oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DEDICATED_DEVICE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRdev() {
		return rdev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdev(String newRdev) {
		String oldRdev = rdev;
		rdev = newRdev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DEDICATED_DEVICE__RDEV, oldRdev, rdev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.DEDICATED_DEVICE__VADDR:
				return getVaddr();
			case SsiplanPackage.DEDICATED_DEVICE__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case SsiplanPackage.DEDICATED_DEVICE__RDEV:
				return getRdev();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.DEDICATED_DEVICE__VADDR:
				setVaddr((String)newValue);
				return;
			case SsiplanPackage.DEDICATED_DEVICE__DEVICE:
				setDevice((RealDevice)newValue);
				return;
			case SsiplanPackage.DEDICATED_DEVICE__RDEV:
				setRdev((String)newValue);
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
			case SsiplanPackage.DEDICATED_DEVICE__VADDR:
				setVaddr(VADDR_EDEFAULT);
				return;
			case SsiplanPackage.DEDICATED_DEVICE__DEVICE:
				setDevice((RealDevice)null);
				return;
			case SsiplanPackage.DEDICATED_DEVICE__RDEV:
				setRdev(RDEV_EDEFAULT);
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
			case SsiplanPackage.DEDICATED_DEVICE__VADDR:
				return VADDR_EDEFAULT == null ? vaddr != null : !VADDR_EDEFAULT.equals(vaddr);
			case SsiplanPackage.DEDICATED_DEVICE__DEVICE:
				return device != null;
			case SsiplanPackage.DEDICATED_DEVICE__RDEV:
				return RDEV_EDEFAULT == null ? rdev != null : !RDEV_EDEFAULT.equals(rdev);
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
		result.append(" (vaddr: ");
		result.append(vaddr);
		result.append(", rdev: ");
		result.append(rdev);
		result.append(')');
		return result.toString();
	}

} //DedicatedDeviceImpl
