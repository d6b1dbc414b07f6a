/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.UserEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.UserEntryImpl#getHomeMember <em>Home Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserEntryImpl extends VirtualMachineImpl implements UserEntry {
	/**
	 * The cached value of the '{@link #getHomeMember() <em>Home Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeMember()
	 * @generated
	 * @ordered
	 */
	protected Member homeMember;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.USER_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getHomeMember() {
		if (homeMember != null && homeMember.eIsProxy()) {
			InternalEObject oldHomeMember = (InternalEObject)homeMember;
			homeMember = (Member)eResolveProxy(oldHomeMember);
			if (homeMember != oldHomeMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.USER_ENTRY__HOME_MEMBER, oldHomeMember, homeMember));
			}
		}
		return homeMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetHomeMember() {
		return homeMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeMember(Member newHomeMember) {
		Member oldHomeMember = homeMember;
		homeMember = newHomeMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.USER_ENTRY__HOME_MEMBER, oldHomeMember, homeMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.USER_ENTRY__HOME_MEMBER:
				if (resolve) return getHomeMember();
				return basicGetHomeMember();
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
			case SsiplanPackage.USER_ENTRY__HOME_MEMBER:
				setHomeMember((Member)newValue);
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
			case SsiplanPackage.USER_ENTRY__HOME_MEMBER:
				setHomeMember((Member)null);
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
			case SsiplanPackage.USER_ENTRY__HOME_MEMBER:
				return homeMember != null;
		}
		return super.eIsSet(featureID);
	}

} //UserEntryImpl
