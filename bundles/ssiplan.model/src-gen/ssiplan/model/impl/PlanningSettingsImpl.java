/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.PlanningSettings;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planning Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.PlanningSettingsImpl#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.impl.PlanningSettingsImpl#getPagingUseLimit <em>Paging Use Limit</em>}</li>
 *   <li>{@link ssiplan.model.impl.PlanningSettingsImpl#getReleaseLimits <em>Release Limits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanningSettingsImpl extends EObjectImpl implements PlanningSettings {
	/**
	 * The default value of the '{@link #getMemoryOvercommitLimit() <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_OVERCOMMIT_LIMIT_EDEFAULT = 1.5;

	/**
	 * The cached value of the '{@link #getMemoryOvercommitLimit() <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected double memoryOvercommitLimit = MEMORY_OVERCOMMIT_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPagingUseLimit() <em>Paging Use Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagingUseLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double PAGING_USE_LIMIT_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getPagingUseLimit() <em>Paging Use Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagingUseLimit()
	 * @generated
	 * @ordered
	 */
	protected double pagingUseLimit = PAGING_USE_LIMIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReleaseLimits() <em>Release Limits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseLimits()
	 * @generated
	 * @ordered
	 */
	protected EList<ReleaseLimit> releaseLimits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanningSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.PLANNING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemoryOvercommitLimit() {
		return memoryOvercommitLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryOvercommitLimit(double newMemoryOvercommitLimit) {
		double oldMemoryOvercommitLimit = memoryOvercommitLimit;
		memoryOvercommitLimit = newMemoryOvercommitLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT, oldMemoryOvercommitLimit, memoryOvercommitLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPagingUseLimit() {
		return pagingUseLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPagingUseLimit(double newPagingUseLimit) {
		double oldPagingUseLimit = pagingUseLimit;
		pagingUseLimit = newPagingUseLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.PLANNING_SETTINGS__PAGING_USE_LIMIT, oldPagingUseLimit, pagingUseLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReleaseLimit> getReleaseLimits() {
		if (releaseLimits == null) {
			releaseLimits = new EObjectContainmentEList<ReleaseLimit>(ReleaseLimit.class, this, SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS);
		}
		return releaseLimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS:
				return ((InternalEList<?>)getReleaseLimits()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT:
				return getMemoryOvercommitLimit();
			case SsiplanPackage.PLANNING_SETTINGS__PAGING_USE_LIMIT:
				return getPagingUseLimit();
			case SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS:
				return getReleaseLimits();
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
			case SsiplanPackage.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT:
				setMemoryOvercommitLimit((Double)newValue);
				return;
			case SsiplanPackage.PLANNING_SETTINGS__PAGING_USE_LIMIT:
				setPagingUseLimit((Double)newValue);
				return;
			case SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS:
				getReleaseLimits().clear();
				getReleaseLimits().addAll((Collection<? extends ReleaseLimit>)newValue);
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
			case SsiplanPackage.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT:
				setMemoryOvercommitLimit(MEMORY_OVERCOMMIT_LIMIT_EDEFAULT);
				return;
			case SsiplanPackage.PLANNING_SETTINGS__PAGING_USE_LIMIT:
				setPagingUseLimit(PAGING_USE_LIMIT_EDEFAULT);
				return;
			case SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS:
				getReleaseLimits().clear();
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
			case SsiplanPackage.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT:
				return memoryOvercommitLimit != MEMORY_OVERCOMMIT_LIMIT_EDEFAULT;
			case SsiplanPackage.PLANNING_SETTINGS__PAGING_USE_LIMIT:
				return pagingUseLimit != PAGING_USE_LIMIT_EDEFAULT;
			case SsiplanPackage.PLANNING_SETTINGS__RELEASE_LIMITS:
				return releaseLimits != null && !releaseLimits.isEmpty();
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
		result.append(" (memoryOvercommitLimit: ");
		result.append(memoryOvercommitLimit);
		result.append(", pagingUseLimit: ");
		result.append(pagingUseLimit);
		result.append(')');
		return result.toString();
	}

} //PlanningSettingsImpl
