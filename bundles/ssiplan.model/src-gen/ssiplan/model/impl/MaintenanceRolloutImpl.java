/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import ssiplan.model.MaintenanceRollout;
import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maintenance Rollout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.MaintenanceRolloutImpl#getMemberOrder <em>Member Order</em>}</li>
 *   <li>{@link ssiplan.model.impl.MaintenanceRolloutImpl#getTargetServiceLevel <em>Target Service Level</em>}</li>
 *   <li>{@link ssiplan.model.impl.MaintenanceRolloutImpl#isMoveGuestsBack <em>Move Guests Back</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaintenanceRolloutImpl extends ScenarioImpl implements MaintenanceRollout {
	/**
	 * The cached value of the '{@link #getMemberOrder() <em>Member Order</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberOrder()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> memberOrder;

	/**
	 * The default value of the '{@link #getTargetServiceLevel() <em>Target Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_SERVICE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetServiceLevel() <em>Target Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetServiceLevel()
	 * @generated
	 * @ordered
	 */
	protected String targetServiceLevel = TARGET_SERVICE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isMoveGuestsBack() <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMoveGuestsBack()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOVE_GUESTS_BACK_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isMoveGuestsBack() <em>Move Guests Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMoveGuestsBack()
	 * @generated
	 * @ordered
	 */
	protected boolean moveGuestsBack = MOVE_GUESTS_BACK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaintenanceRolloutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.MAINTENANCE_ROLLOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getMemberOrder() {
		if (memberOrder == null) {
			memberOrder = new EObjectResolvingEList<Member>(Member.class, this, SsiplanPackage.MAINTENANCE_ROLLOUT__MEMBER_ORDER);
		}
		return memberOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetServiceLevel() {
		return targetServiceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetServiceLevel(String newTargetServiceLevel) {
		String oldTargetServiceLevel = targetServiceLevel;
		targetServiceLevel = newTargetServiceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL, oldTargetServiceLevel, targetServiceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMoveGuestsBack() {
		return moveGuestsBack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoveGuestsBack(boolean newMoveGuestsBack) {
		boolean oldMoveGuestsBack = moveGuestsBack;
		moveGuestsBack = newMoveGuestsBack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK, oldMoveGuestsBack, moveGuestsBack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MEMBER_ORDER:
				return getMemberOrder();
			case SsiplanPackage.MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL:
				return getTargetServiceLevel();
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK:
				return isMoveGuestsBack();
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
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MEMBER_ORDER:
				getMemberOrder().clear();
				getMemberOrder().addAll((Collection<? extends Member>)newValue);
				return;
			case SsiplanPackage.MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL:
				setTargetServiceLevel((String)newValue);
				return;
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK:
				setMoveGuestsBack((Boolean)newValue);
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
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MEMBER_ORDER:
				getMemberOrder().clear();
				return;
			case SsiplanPackage.MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL:
				setTargetServiceLevel(TARGET_SERVICE_LEVEL_EDEFAULT);
				return;
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK:
				setMoveGuestsBack(MOVE_GUESTS_BACK_EDEFAULT);
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
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MEMBER_ORDER:
				return memberOrder != null && !memberOrder.isEmpty();
			case SsiplanPackage.MAINTENANCE_ROLLOUT__TARGET_SERVICE_LEVEL:
				return TARGET_SERVICE_LEVEL_EDEFAULT == null ? targetServiceLevel != null : !TARGET_SERVICE_LEVEL_EDEFAULT.equals(targetServiceLevel);
			case SsiplanPackage.MAINTENANCE_ROLLOUT__MOVE_GUESTS_BACK:
				return moveGuestsBack != MOVE_GUESTS_BACK_EDEFAULT;
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
		result.append(" (targetServiceLevel: ");
		result.append(targetServiceLevel);
		result.append(", moveGuestsBack: ");
		result.append(moveGuestsBack);
		result.append(')');
		return result.toString();
	}

} //MaintenanceRolloutImpl
