/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.ChannelPath;
import ssiplan.model.CtcConnection;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ctc Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.CtcConnectionImpl#getDeviceA <em>Device A</em>}</li>
 *   <li>{@link ssiplan.model.impl.CtcConnectionImpl#getDeviceB <em>Device B</em>}</li>
 *   <li>{@link ssiplan.model.impl.CtcConnectionImpl#getChpidA <em>Chpid A</em>}</li>
 *   <li>{@link ssiplan.model.impl.CtcConnectionImpl#getChpidB <em>Chpid B</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CtcConnectionImpl extends EObjectImpl implements CtcConnection {
	/**
	 * The default value of the '{@link #getDeviceA() <em>Device A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceA()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_A_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceA() <em>Device A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceA()
	 * @generated
	 * @ordered
	 */
	protected String deviceA = DEVICE_A_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceB() <em>Device B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceB()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_B_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceB() <em>Device B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceB()
	 * @generated
	 * @ordered
	 */
	protected String deviceB = DEVICE_B_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChpidA() <em>Chpid A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChpidA()
	 * @generated
	 * @ordered
	 */
	protected ChannelPath chpidA;

	/**
	 * The cached value of the '{@link #getChpidB() <em>Chpid B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChpidB()
	 * @generated
	 * @ordered
	 */
	protected ChannelPath chpidB;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CtcConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.CTC_CONNECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceA() {
		return deviceA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceA(String newDeviceA) {
		String oldDeviceA = deviceA;
		deviceA = newDeviceA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CTC_CONNECTION__DEVICE_A, oldDeviceA, deviceA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceB() {
		return deviceB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceB(String newDeviceB) {
		String oldDeviceB = deviceB;
		deviceB = newDeviceB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CTC_CONNECTION__DEVICE_B, oldDeviceB, deviceB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPath getChpidA() {
		if (chpidA != null && chpidA.eIsProxy()) {
			InternalEObject oldChpidA = (InternalEObject)chpidA;
			chpidA = (ChannelPath)eResolveProxy(oldChpidA);
			if (chpidA != oldChpidA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.CTC_CONNECTION__CHPID_A, oldChpidA, chpidA));
			}
		}
		return chpidA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPath basicGetChpidA() {
		return chpidA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChpidA(ChannelPath newChpidA) {
		ChannelPath oldChpidA = chpidA;
		chpidA = newChpidA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CTC_CONNECTION__CHPID_A, oldChpidA, chpidA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPath getChpidB() {
		if (chpidB != null && chpidB.eIsProxy()) {
			InternalEObject oldChpidB = (InternalEObject)chpidB;
			chpidB = (ChannelPath)eResolveProxy(oldChpidB);
			if (chpidB != oldChpidB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.CTC_CONNECTION__CHPID_B, oldChpidB, chpidB));
			}
		}
		return chpidB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPath basicGetChpidB() {
		return chpidB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChpidB(ChannelPath newChpidB) {
		ChannelPath oldChpidB = chpidB;
		chpidB = newChpidB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CTC_CONNECTION__CHPID_B, oldChpidB, chpidB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.CTC_CONNECTION__DEVICE_A:
				return getDeviceA();
			case SsiplanPackage.CTC_CONNECTION__DEVICE_B:
				return getDeviceB();
			case SsiplanPackage.CTC_CONNECTION__CHPID_A:
				if (resolve) return getChpidA();
				return basicGetChpidA();
			case SsiplanPackage.CTC_CONNECTION__CHPID_B:
				if (resolve) return getChpidB();
				return basicGetChpidB();
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
			case SsiplanPackage.CTC_CONNECTION__DEVICE_A:
				setDeviceA((String)newValue);
				return;
			case SsiplanPackage.CTC_CONNECTION__DEVICE_B:
				setDeviceB((String)newValue);
				return;
			case SsiplanPackage.CTC_CONNECTION__CHPID_A:
				setChpidA((ChannelPath)newValue);
				return;
			case SsiplanPackage.CTC_CONNECTION__CHPID_B:
				setChpidB((ChannelPath)newValue);
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
			case SsiplanPackage.CTC_CONNECTION__DEVICE_A:
				setDeviceA(DEVICE_A_EDEFAULT);
				return;
			case SsiplanPackage.CTC_CONNECTION__DEVICE_B:
				setDeviceB(DEVICE_B_EDEFAULT);
				return;
			case SsiplanPackage.CTC_CONNECTION__CHPID_A:
				setChpidA((ChannelPath)null);
				return;
			case SsiplanPackage.CTC_CONNECTION__CHPID_B:
				setChpidB((ChannelPath)null);
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
			case SsiplanPackage.CTC_CONNECTION__DEVICE_A:
				return DEVICE_A_EDEFAULT == null ? deviceA != null : !DEVICE_A_EDEFAULT.equals(deviceA);
			case SsiplanPackage.CTC_CONNECTION__DEVICE_B:
				return DEVICE_B_EDEFAULT == null ? deviceB != null : !DEVICE_B_EDEFAULT.equals(deviceB);
			case SsiplanPackage.CTC_CONNECTION__CHPID_A:
				return chpidA != null;
			case SsiplanPackage.CTC_CONNECTION__CHPID_B:
				return chpidB != null;
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
		result.append(" (deviceA: ");
		result.append(deviceA);
		result.append(", deviceB: ");
		result.append(deviceB);
		result.append(')');
		return result.toString();
	}

} //CtcConnectionImpl
