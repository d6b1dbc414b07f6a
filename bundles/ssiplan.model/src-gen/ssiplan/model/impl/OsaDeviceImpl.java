/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.OsaDevice;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Osa Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.OsaDeviceImpl#getLanSegment <em>Lan Segment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsaDeviceImpl extends RealDeviceImpl implements OsaDevice {
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
	protected OsaDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.OSA_DEVICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.OSA_DEVICE__LAN_SEGMENT, oldLanSegment, lanSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.OSA_DEVICE__LAN_SEGMENT:
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
			case SsiplanPackage.OSA_DEVICE__LAN_SEGMENT:
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
			case SsiplanPackage.OSA_DEVICE__LAN_SEGMENT:
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
			case SsiplanPackage.OSA_DEVICE__LAN_SEGMENT:
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

} //OsaDeviceImpl
