/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import ssiplan.model.Crypto;
import ssiplan.model.CryptoMode;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crypto</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.CryptoImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link ssiplan.model.impl.CryptoImpl#getAdapters <em>Adapters</em>}</li>
 *   <li>{@link ssiplan.model.impl.CryptoImpl#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CryptoImpl extends EObjectImpl implements Crypto {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final CryptoMode MODE_EDEFAULT = CryptoMode.APVIRT;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected CryptoMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdapters() <em>Adapters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapters()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> adapters;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> domains;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CryptoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.CRYPTO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CryptoMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(CryptoMode newMode) {
		CryptoMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CRYPTO__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getAdapters() {
		if (adapters == null) {
			adapters = new EDataTypeUniqueEList<Integer>(Integer.class, this, SsiplanPackage.CRYPTO__ADAPTERS);
		}
		return adapters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getDomains() {
		if (domains == null) {
			domains = new EDataTypeUniqueEList<Integer>(Integer.class, this, SsiplanPackage.CRYPTO__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.CRYPTO__MODE:
				return getMode();
			case SsiplanPackage.CRYPTO__ADAPTERS:
				return getAdapters();
			case SsiplanPackage.CRYPTO__DOMAINS:
				return getDomains();
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
			case SsiplanPackage.CRYPTO__MODE:
				setMode((CryptoMode)newValue);
				return;
			case SsiplanPackage.CRYPTO__ADAPTERS:
				getAdapters().clear();
				getAdapters().addAll((Collection<? extends Integer>)newValue);
				return;
			case SsiplanPackage.CRYPTO__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Integer>)newValue);
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
			case SsiplanPackage.CRYPTO__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case SsiplanPackage.CRYPTO__ADAPTERS:
				getAdapters().clear();
				return;
			case SsiplanPackage.CRYPTO__DOMAINS:
				getDomains().clear();
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
			case SsiplanPackage.CRYPTO__MODE:
				return mode != MODE_EDEFAULT;
			case SsiplanPackage.CRYPTO__ADAPTERS:
				return adapters != null && !adapters.isEmpty();
			case SsiplanPackage.CRYPTO__DOMAINS:
				return domains != null && !domains.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", adapters: ");
		result.append(adapters);
		result.append(", domains: ");
		result.append(domains);
		result.append(')');
		return result.toString();
	}

} //CryptoImpl
