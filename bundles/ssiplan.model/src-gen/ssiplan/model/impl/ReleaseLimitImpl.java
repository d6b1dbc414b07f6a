/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.ReleaseLimit;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.ZvmRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Release Limit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.ReleaseLimitImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.impl.ReleaseLimitImpl#getMaxMembers <em>Max Members</em>}</li>
 *   <li>{@link ssiplan.model.impl.ReleaseLimitImpl#isConfirmed <em>Confirmed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReleaseLimitImpl extends EObjectImpl implements ReleaseLimit {
	/**
	 * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected static final ZvmRelease RELEASE_EDEFAULT = ZvmRelease.V6_2;

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
	 * The default value of the '{@link #getMaxMembers() <em>Max Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_MEMBERS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getMaxMembers() <em>Max Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMembers()
	 * @generated
	 * @ordered
	 */
	protected int maxMembers = MAX_MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean confirmed = CONFIRMED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReleaseLimitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.RELEASE_LIMIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.RELEASE_LIMIT__RELEASE, oldRelease, release));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxMembers() {
		return maxMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMembers(int newMaxMembers) {
		int oldMaxMembers = maxMembers;
		maxMembers = newMaxMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.RELEASE_LIMIT__MAX_MEMBERS, oldMaxMembers, maxMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfirmed() {
		return confirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmed(boolean newConfirmed) {
		boolean oldConfirmed = confirmed;
		confirmed = newConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.RELEASE_LIMIT__CONFIRMED, oldConfirmed, confirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.RELEASE_LIMIT__RELEASE:
				return getRelease();
			case SsiplanPackage.RELEASE_LIMIT__MAX_MEMBERS:
				return getMaxMembers();
			case SsiplanPackage.RELEASE_LIMIT__CONFIRMED:
				return isConfirmed();
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
			case SsiplanPackage.RELEASE_LIMIT__RELEASE:
				setRelease((ZvmRelease)newValue);
				return;
			case SsiplanPackage.RELEASE_LIMIT__MAX_MEMBERS:
				setMaxMembers((Integer)newValue);
				return;
			case SsiplanPackage.RELEASE_LIMIT__CONFIRMED:
				setConfirmed((Boolean)newValue);
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
			case SsiplanPackage.RELEASE_LIMIT__RELEASE:
				setRelease(RELEASE_EDEFAULT);
				return;
			case SsiplanPackage.RELEASE_LIMIT__MAX_MEMBERS:
				setMaxMembers(MAX_MEMBERS_EDEFAULT);
				return;
			case SsiplanPackage.RELEASE_LIMIT__CONFIRMED:
				setConfirmed(CONFIRMED_EDEFAULT);
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
			case SsiplanPackage.RELEASE_LIMIT__RELEASE:
				return release != RELEASE_EDEFAULT;
			case SsiplanPackage.RELEASE_LIMIT__MAX_MEMBERS:
				return maxMembers != MAX_MEMBERS_EDEFAULT;
			case SsiplanPackage.RELEASE_LIMIT__CONFIRMED:
				return confirmed != CONFIRMED_EDEFAULT;
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
		result.append(" (release: ");
		result.append(release);
		result.append(", maxMembers: ");
		result.append(maxMembers);
		result.append(", confirmed: ");
		result.append(confirmed);
		result.append(')');
		return result.toString();
	}

} //ReleaseLimitImpl
