/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.UtilityLparMaintenance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Utility Lpar Maintenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.UtilityLparMaintenanceImpl#getProductionMember <em>Production Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.UtilityLparMaintenanceImpl#getUtilityMember <em>Utility Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.UtilityLparMaintenanceImpl#getTargetServiceLevel <em>Target Service Level</em>}</li>
 *   <li>{@link ssiplan.model.impl.UtilityLparMaintenanceImpl#isReleaseUtilityLpar <em>Release Utility Lpar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UtilityLparMaintenanceImpl extends ScenarioImpl implements UtilityLparMaintenance {
	/**
	 * The cached value of the '{@link #getProductionMember() <em>Production Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionMember()
	 * @generated
	 * @ordered
	 */
	protected Member productionMember;

	/**
	 * The cached value of the '{@link #getUtilityMember() <em>Utility Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtilityMember()
	 * @generated
	 * @ordered
	 */
	protected Member utilityMember;

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
	 * The default value of the '{@link #isReleaseUtilityLpar() <em>Release Utility Lpar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReleaseUtilityLpar()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RELEASE_UTILITY_LPAR_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReleaseUtilityLpar() <em>Release Utility Lpar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReleaseUtilityLpar()
	 * @generated
	 * @ordered
	 */
	protected boolean releaseUtilityLpar = RELEASE_UTILITY_LPAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UtilityLparMaintenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.UTILITY_LPAR_MAINTENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getProductionMember() {
		if (productionMember != null && productionMember.eIsProxy()) {
			InternalEObject oldProductionMember = (InternalEObject)productionMember;
			productionMember = (Member)eResolveProxy(oldProductionMember);
			if (productionMember != oldProductionMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER, oldProductionMember, productionMember));
			}
		}
		return productionMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetProductionMember() {
		return productionMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductionMember(Member newProductionMember) {
		Member oldProductionMember = productionMember;
		productionMember = newProductionMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER, oldProductionMember, productionMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getUtilityMember() {
		if (utilityMember != null && utilityMember.eIsProxy()) {
			InternalEObject oldUtilityMember = (InternalEObject)utilityMember;
			utilityMember = (Member)eResolveProxy(oldUtilityMember);
			if (utilityMember != oldUtilityMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER, oldUtilityMember, utilityMember));
			}
		}
		return utilityMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetUtilityMember() {
		return utilityMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtilityMember(Member newUtilityMember) {
		Member oldUtilityMember = utilityMember;
		utilityMember = newUtilityMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER, oldUtilityMember, utilityMember));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL, oldTargetServiceLevel, targetServiceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReleaseUtilityLpar() {
		return releaseUtilityLpar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleaseUtilityLpar(boolean newReleaseUtilityLpar) {
		boolean oldReleaseUtilityLpar = releaseUtilityLpar;
		releaseUtilityLpar = newReleaseUtilityLpar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR, oldReleaseUtilityLpar, releaseUtilityLpar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER:
				if (resolve) return getProductionMember();
				return basicGetProductionMember();
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER:
				if (resolve) return getUtilityMember();
				return basicGetUtilityMember();
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL:
				return getTargetServiceLevel();
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR:
				return isReleaseUtilityLpar();
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
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER:
				setProductionMember((Member)newValue);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER:
				setUtilityMember((Member)newValue);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL:
				setTargetServiceLevel((String)newValue);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR:
				setReleaseUtilityLpar((Boolean)newValue);
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
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER:
				setProductionMember((Member)null);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER:
				setUtilityMember((Member)null);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL:
				setTargetServiceLevel(TARGET_SERVICE_LEVEL_EDEFAULT);
				return;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR:
				setReleaseUtilityLpar(RELEASE_UTILITY_LPAR_EDEFAULT);
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
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__PRODUCTION_MEMBER:
				return productionMember != null;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__UTILITY_MEMBER:
				return utilityMember != null;
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__TARGET_SERVICE_LEVEL:
				return TARGET_SERVICE_LEVEL_EDEFAULT == null ? targetServiceLevel != null : !TARGET_SERVICE_LEVEL_EDEFAULT.equals(targetServiceLevel);
			case SsiplanPackage.UTILITY_LPAR_MAINTENANCE__RELEASE_UTILITY_LPAR:
				return releaseUtilityLpar != RELEASE_UTILITY_LPAR_EDEFAULT;
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
		result.append(", releaseUtilityLpar: ");
		result.append(releaseUtilityLpar);
		result.append(')');
		return result.toString();
	}

} //UtilityLparMaintenanceImpl
