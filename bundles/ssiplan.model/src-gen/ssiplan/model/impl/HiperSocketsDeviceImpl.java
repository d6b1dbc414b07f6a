/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hiper Sockets Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.HiperSocketsDeviceImpl#getLanSegment <em>Lan Segment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HiperSocketsDeviceImpl extends RealDeviceImpl implements HiperSocketsDevice {
	/**
	 * The default value of the '{@link #getLanSegment() <em>Lan Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanSegment()
	 * @generated
	 * @ordered
	 */
	protected static final String LAN_SEGMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanSegment() <em>Lan Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanSegment()
	 * @generated
	 * @ordered
	 */
	protected String lanSegment = LAN_SEGMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HiperSocketsDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.HIPER_SOCKETS_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanSegment() {
		return lanSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanSegment(String newLanSegment) {
		String oldLanSegment = lanSegment;
		lanSegment = newLanSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.HIPER_SOCKETS_DEVICE__LAN_SEGMENT, oldLanSegment, lanSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.HIPER_SOCKETS_DEVICE__LAN_SEGMENT:
				return getLanSegment();
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
			case SsiplanPackage.HIPER_SOCKETS_DEVICE__LAN_SEGMENT:
				setLanSegment((String)newValue);
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
			case SsiplanPackage.HIPER_SOCKETS_DEVICE__LAN_SEGMENT:
				setLanSegment(LAN_SEGMENT_EDEFAULT);
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
			case SsiplanPackage.HIPER_SOCKETS_DEVICE__LAN_SEGMENT:
				return LAN_SEGMENT_EDEFAULT == null ? lanSegment != null : !LAN_SEGMENT_EDEFAULT.equals(lanSegment);
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
		result.append(" (lanSegment: ");
		result.append(lanSegment);
		result.append(')');
		return result.toString();
	}

} //HiperSocketsDeviceImpl
