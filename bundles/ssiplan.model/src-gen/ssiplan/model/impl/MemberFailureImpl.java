/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.FailureKind;
import ssiplan.model.Member;
import ssiplan.model.MemberFailure;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member Failure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.MemberFailureImpl#getFailedMember <em>Failed Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberFailureImpl#getFailure <em>Failure</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberFailureImpl#getDeclareDownSeconds <em>Declare Down Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.MemberFailureImpl#isRestartGuests <em>Restart Guests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberFailureImpl extends ScenarioImpl implements MemberFailure {
	/**
	 * The cached value of the '{@link #getFailedMember() <em>Failed Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedMember()
	 * @generated
	 * @ordered
	 */
	protected Member failedMember;

	/**
	 * The default value of the '{@link #getFailure() <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected static final FailureKind FAILURE_EDEFAULT = FailureKind.STOP;

	/**
	 * The cached value of the '{@link #getFailure() <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected FailureKind failure = FAILURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclareDownSeconds() <em>Declare Down Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclareDownSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double DECLARE_DOWN_SECONDS_EDEFAULT = 120.0;

	/**
	 * The cached value of the '{@link #getDeclareDownSeconds() <em>Declare Down Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclareDownSeconds()
	 * @generated
	 * @ordered
	 */
	protected double declareDownSeconds = DECLARE_DOWN_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRestartGuests() <em>Restart Guests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestartGuests()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESTART_GUESTS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRestartGuests() <em>Restart Guests</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestartGuests()
	 * @generated
	 * @ordered
	 */
	protected boolean restartGuests = RESTART_GUESTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberFailureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.MEMBER_FAILURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getFailedMember() {
		if (failedMember != null && failedMember.eIsProxy()) {
			InternalEObject oldFailedMember = (InternalEObject)failedMember;
			failedMember = (Member)eResolveProxy(oldFailedMember);
			if (failedMember != oldFailedMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER, oldFailedMember, failedMember));
			}
		}
		return failedMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetFailedMember() {
		return failedMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedMember(Member newFailedMember) {
		Member oldFailedMember = failedMember;
		failedMember = newFailedMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER, oldFailedMember, failedMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureKind getFailure() {
		return failure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailure(FailureKind newFailure) {
		FailureKind oldFailure = failure;
		failure = newFailure == null ? FAILURE_EDEFAULT : newFailure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER_FAILURE__FAILURE, oldFailure, failure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeclareDownSeconds() {
		return declareDownSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclareDownSeconds(double newDeclareDownSeconds) {
		double oldDeclareDownSeconds = declareDownSeconds;
		declareDownSeconds = newDeclareDownSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER_FAILURE__DECLARE_DOWN_SECONDS, oldDeclareDownSeconds, declareDownSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRestartGuests() {
		return restartGuests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestartGuests(boolean newRestartGuests) {
		boolean oldRestartGuests = restartGuests;
		restartGuests = newRestartGuests;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MEMBER_FAILURE__RESTART_GUESTS, oldRestartGuests, restartGuests));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER:
				if (resolve) return getFailedMember();
				return basicGetFailedMember();
			case SsiplanPackage.MEMBER_FAILURE__FAILURE:
				return getFailure();
			case SsiplanPackage.MEMBER_FAILURE__DECLARE_DOWN_SECONDS:
				return getDeclareDownSeconds();
			case SsiplanPackage.MEMBER_FAILURE__RESTART_GUESTS:
				return isRestartGuests();
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
			case SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER:
				setFailedMember((Member)newValue);
				return;
			case SsiplanPackage.MEMBER_FAILURE__FAILURE:
				setFailure((FailureKind)newValue);
				return;
			case SsiplanPackage.MEMBER_FAILURE__DECLARE_DOWN_SECONDS:
				setDeclareDownSeconds((Double)newValue);
				return;
			case SsiplanPackage.MEMBER_FAILURE__RESTART_GUESTS:
				setRestartGuests((Boolean)newValue);
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
			case SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER:
				setFailedMember((Member)null);
				return;
			case SsiplanPackage.MEMBER_FAILURE__FAILURE:
				setFailure(FAILURE_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER_FAILURE__DECLARE_DOWN_SECONDS:
				setDeclareDownSeconds(DECLARE_DOWN_SECONDS_EDEFAULT);
				return;
			case SsiplanPackage.MEMBER_FAILURE__RESTART_GUESTS:
				setRestartGuests(RESTART_GUESTS_EDEFAULT);
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
			case SsiplanPackage.MEMBER_FAILURE__FAILED_MEMBER:
				return failedMember != null;
			case SsiplanPackage.MEMBER_FAILURE__FAILURE:
				return failure != FAILURE_EDEFAULT;
			case SsiplanPackage.MEMBER_FAILURE__DECLARE_DOWN_SECONDS:
				return declareDownSeconds != DECLARE_DOWN_SECONDS_EDEFAULT;
			case SsiplanPackage.MEMBER_FAILURE__RESTART_GUESTS:
				return restartGuests != RESTART_GUESTS_EDEFAULT;
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
		result.append(" (failure: ");
		result.append(failure);
		result.append(", declareDownSeconds: ");
		result.append(declareDownSeconds);
		result.append(", restartGuests: ");
		result.append(restartGuests);
		result.append(')');
		return result.toString();
	}

} //MemberFailureImpl
