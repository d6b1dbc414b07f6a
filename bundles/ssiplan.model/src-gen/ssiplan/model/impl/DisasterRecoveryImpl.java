/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import ssiplan.model.DisasterRecovery;
import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disaster Recovery</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.DisasterRecoveryImpl#getFailedMembers <em>Failed Members</em>}</li>
 *   <li>{@link ssiplan.model.impl.DisasterRecoveryImpl#getStandbyMembers <em>Standby Members</em>}</li>
 *   <li>{@link ssiplan.model.impl.DisasterRecoveryImpl#getSeverMirroringSeconds <em>Sever Mirroring Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.DisasterRecoveryImpl#getDeclareDownSeconds <em>Declare Down Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisasterRecoveryImpl extends ScenarioImpl implements DisasterRecovery {
	/**
	 * The cached value of the '{@link #getFailedMembers() <em>Failed Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> failedMembers;

	/**
	 * The cached value of the '{@link #getStandbyMembers() <em>Standby Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandbyMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> standbyMembers;

	/**
	 * The default value of the '{@link #getSeverMirroringSeconds() <em>Sever Mirroring Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverMirroringSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double SEVER_MIRRORING_SECONDS_EDEFAULT = 300.0;

	/**
	 * The cached value of the '{@link #getSeverMirroringSeconds() <em>Sever Mirroring Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverMirroringSeconds()
	 * @generated
	 * @ordered
	 */
	protected double severMirroringSeconds = SEVER_MIRRORING_SECONDS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisasterRecoveryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.DISASTER_RECOVERY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getFailedMembers() {
		if (failedMembers == null) {
			failedMembers = new EObjectResolvingEList<Member>(Member.class, this, SsiplanPackage.DISASTER_RECOVERY__FAILED_MEMBERS);
		}
		return failedMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getStandbyMembers() {
		if (standbyMembers == null) {
			standbyMembers = new EObjectResolvingEList<Member>(Member.class, this, SsiplanPackage.DISASTER_RECOVERY__STANDBY_MEMBERS);
		}
		return standbyMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeverMirroringSeconds() {
		return severMirroringSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverMirroringSeconds(double newSeverMirroringSeconds) {
		double oldSeverMirroringSeconds = severMirroringSeconds;
		severMirroringSeconds = newSeverMirroringSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS, oldSeverMirroringSeconds, severMirroringSeconds));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.DISASTER_RECOVERY__DECLARE_DOWN_SECONDS, oldDeclareDownSeconds, declareDownSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.DISASTER_RECOVERY__FAILED_MEMBERS:
				return getFailedMembers();
			case SsiplanPackage.DISASTER_RECOVERY__STANDBY_MEMBERS:
				return getStandbyMembers();
			case SsiplanPackage.DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS:
				return getSeverMirroringSeconds();
			case SsiplanPackage.DISASTER_RECOVERY__DECLARE_DOWN_SECONDS:
				return getDeclareDownSeconds();
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
			case SsiplanPackage.DISASTER_RECOVERY__FAILED_MEMBERS:
				getFailedMembers().clear();
				getFailedMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case SsiplanPackage.DISASTER_RECOVERY__STANDBY_MEMBERS:
				getStandbyMembers().clear();
				getStandbyMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case SsiplanPackage.DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS:
				setSeverMirroringSeconds((Double)newValue);
				return;
			case SsiplanPackage.DISASTER_RECOVERY__DECLARE_DOWN_SECONDS:
				setDeclareDownSeconds((Double)newValue);
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
			case SsiplanPackage.DISASTER_RECOVERY__FAILED_MEMBERS:
				getFailedMembers().clear();
				return;
			case SsiplanPackage.DISASTER_RECOVERY__STANDBY_MEMBERS:
				getStandbyMembers().clear();
				return;
			case SsiplanPackage.DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS:
				setSeverMirroringSeconds(SEVER_MIRRORING_SECONDS_EDEFAULT);
				return;
			case SsiplanPackage.DISASTER_RECOVERY__DECLARE_DOWN_SECONDS:
				setDeclareDownSeconds(DECLARE_DOWN_SECONDS_EDEFAULT);
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
			case SsiplanPackage.DISASTER_RECOVERY__FAILED_MEMBERS:
				return failedMembers != null && !failedMembers.isEmpty();
			case SsiplanPackage.DISASTER_RECOVERY__STANDBY_MEMBERS:
				return standbyMembers != null && !standbyMembers.isEmpty();
			case SsiplanPackage.DISASTER_RECOVERY__SEVER_MIRRORING_SECONDS:
				return severMirroringSeconds != SEVER_MIRRORING_SECONDS_EDEFAULT;
			case SsiplanPackage.DISASTER_RECOVERY__DECLARE_DOWN_SECONDS:
				return declareDownSeconds != DECLARE_DOWN_SECONDS_EDEFAULT;
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
		result.append(" (severMirroringSeconds: ");
		result.append(severMirroringSeconds);
		result.append(", declareDownSeconds: ");
		result.append(declareDownSeconds);
		result.append(')');
		return result.toString();
	}

} //DisasterRecoveryImpl
