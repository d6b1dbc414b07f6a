/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import ssiplan.model.Member;
import ssiplan.model.Rebalance;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rebalance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.RebalanceImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link ssiplan.model.impl.RebalanceImpl#getTolerancePercent <em>Tolerance Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RebalanceImpl extends ScenarioImpl implements Rebalance {
	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> members;

	/**
	 * The default value of the '{@link #getTolerancePercent() <em>Tolerance Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerancePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_PERCENT_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getTolerancePercent() <em>Tolerance Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerancePercent()
	 * @generated
	 * @ordered
	 */
	protected double tolerancePercent = TOLERANCE_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RebalanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.REBALANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Member>(Member.class, this, SsiplanPackage.REBALANCE__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerancePercent() {
		return tolerancePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerancePercent(double newTolerancePercent) {
		double oldTolerancePercent = tolerancePercent;
		tolerancePercent = newTolerancePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.REBALANCE__TOLERANCE_PERCENT, oldTolerancePercent, tolerancePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.REBALANCE__MEMBERS:
				return getMembers();
			case SsiplanPackage.REBALANCE__TOLERANCE_PERCENT:
				return getTolerancePercent();
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
			case SsiplanPackage.REBALANCE__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case SsiplanPackage.REBALANCE__TOLERANCE_PERCENT:
				setTolerancePercent((Double)newValue);
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
			case SsiplanPackage.REBALANCE__MEMBERS:
				getMembers().clear();
				return;
			case SsiplanPackage.REBALANCE__TOLERANCE_PERCENT:
				setTolerancePercent(TOLERANCE_PERCENT_EDEFAULT);
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
			case SsiplanPackage.REBALANCE__MEMBERS:
				return members != null && !members.isEmpty();
			case SsiplanPackage.REBALANCE__TOLERANCE_PERCENT:
				return tolerancePercent != TOLERANCE_PERCENT_EDEFAULT;
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
		result.append(" (tolerancePercent: ");
		result.append(tolerancePercent);
		result.append(')');
		return result.toString();
	}

} //RebalanceImpl
