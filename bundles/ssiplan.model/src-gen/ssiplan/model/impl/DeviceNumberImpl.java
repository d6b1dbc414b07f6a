/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.DeviceNumber;
import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Number</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.DeviceNumberImpl#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.DeviceNumberImpl#getRdev <em>Rdev</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceNumberImpl extends EObjectImpl implements DeviceNumber {
	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Member member;

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
	protected DeviceNumberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.DEVICE_NUMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Member)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.DEVICE_NUMBER__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Member newMember) {
		Member oldMember = member;
		member = newMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DEVICE_NUMBER__MEMBER, oldMember, member));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DEVICE_NUMBER__RDEV, oldRdev, rdev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.DEVICE_NUMBER__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
			case SsiplanPackage.DEVICE_NUMBER__RDEV:
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
			case SsiplanPackage.DEVICE_NUMBER__MEMBER:
				setMember((Member)newValue);
				return;
			case SsiplanPackage.DEVICE_NUMBER__RDEV:
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
			case SsiplanPackage.DEVICE_NUMBER__MEMBER:
				setMember((Member)null);
				return;
			case SsiplanPackage.DEVICE_NUMBER__RDEV:
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
			case SsiplanPackage.DEVICE_NUMBER__MEMBER:
				return member != null;
			case SsiplanPackage.DEVICE_NUMBER__RDEV:
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
		result.append(" (rdev: ");
		result.append(rdev);
		result.append(')');
		return result.toString();
	}

} //DeviceNumberImpl
