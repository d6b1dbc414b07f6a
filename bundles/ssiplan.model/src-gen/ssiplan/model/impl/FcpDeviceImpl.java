/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.FcpDevice;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fcp Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.FcpDeviceImpl#getFabric <em>Fabric</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FcpDeviceImpl extends RealDeviceImpl implements FcpDevice {
	/**
	 * The default value of the '{@link #getFabric() <em>Fabric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFabric()
	 * @generated
	 * @ordered
	 */
	protected static final String FABRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFabric() <em>Fabric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFabric()
	 * @generated
	 * @ordered
	 */
	protected String fabric = FABRIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FcpDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.FCP_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFabric() {
		return fabric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFabric(String newFabric) {
		String oldFabric = fabric;
		fabric = newFabric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.FCP_DEVICE__FABRIC, oldFabric, fabric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.FCP_DEVICE__FABRIC:
				return getFabric();
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
			case SsiplanPackage.FCP_DEVICE__FABRIC:
				setFabric((String)newValue);
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
			case SsiplanPackage.FCP_DEVICE__FABRIC:
				setFabric(FABRIC_EDEFAULT);
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
			case SsiplanPackage.FCP_DEVICE__FABRIC:
				return FABRIC_EDEFAULT == null ? fabric != null : !FABRIC_EDEFAULT.equals(fabric);
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
		result.append(" (fabric: ");
		result.append(fabric);
		result.append(')');
		return result.toString();
	}

} //FcpDeviceImpl
