/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.IdentityEntry;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.Subconfig;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Identity Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.IdentityEntryImpl#getSubconfigs <em>Subconfigs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IdentityEntryImpl extends VirtualMachineImpl implements IdentityEntry {
	/**
	 * The cached value of the '{@link #getSubconfigs() <em>Subconfigs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubconfigs()
	 * @generated
	 * @ordered
	 */
	protected EList<Subconfig> subconfigs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IdentityEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.IDENTITY_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subconfig> getSubconfigs() {
		if (subconfigs == null) {
			subconfigs = new EObjectContainmentEList<Subconfig>(Subconfig.class, this, SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS);
		}
		return subconfigs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS:
				return ((InternalEList<?>)getSubconfigs()).basicRemove(otherEnd, msgs);
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
			case SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS:
				return getSubconfigs();
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
			case SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS:
				getSubconfigs().clear();
				getSubconfigs().addAll((Collection<? extends Subconfig>)newValue);
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
			case SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS:
				getSubconfigs().clear();
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
			case SsiplanPackage.IDENTITY_ENTRY__SUBCONFIGS:
				return subconfigs != null && !subconfigs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //IdentityEntryImpl
