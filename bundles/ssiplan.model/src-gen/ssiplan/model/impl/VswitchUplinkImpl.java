/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VswitchUplink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vswitch Uplink</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.VswitchUplinkImpl#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.impl.VswitchUplinkImpl#getOsaDevices <em>Osa Devices</em>}</li>
 *   <li>{@link ssiplan.model.impl.VswitchUplinkImpl#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VswitchUplinkImpl extends EObjectImpl implements VswitchUplink {
	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Member member;

	/**
	 * The cached value of the '{@link #getOsaDevices() <em>Osa Devices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsaDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<OsaDevice> osaDevices;

	/**
	 * The default value of the '{@link #getOtherOperands() <em>Other Operands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperands()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_OPERANDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherOperands() <em>Other Operands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherOperands()
	 * @generated
	 * @ordered
	 */
	protected String otherOperands = OTHER_OPERANDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VswitchUplinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.VSWITCH_UPLINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Member)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.VSWITCH_UPLINK__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Member newMember) {
		Member oldMember = member;
		member = newMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VSWITCH_UPLINK__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsaDevice> getOsaDevices() {
		if (osaDevices == null) {
			osaDevices = new EObjectResolvingEList<OsaDevice>(OsaDevice.class, this, SsiplanPackage.VSWITCH_UPLINK__OSA_DEVICES);
		}
		return osaDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOtherOperands() {
		return otherOperands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherOperands(String newOtherOperands) {
		String oldOtherOperands = otherOperands;
		otherOperands = newOtherOperands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VSWITCH_UPLINK__OTHER_OPERANDS, oldOtherOperands, otherOperands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.VSWITCH_UPLINK__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
			case SsiplanPackage.VSWITCH_UPLINK__OSA_DEVICES:
				return getOsaDevices();
			case SsiplanPackage.VSWITCH_UPLINK__OTHER_OPERANDS:
				return getOtherOperands();
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
			case SsiplanPackage.VSWITCH_UPLINK__MEMBER:
				setMember((Member)newValue);
				return;
			case SsiplanPackage.VSWITCH_UPLINK__OSA_DEVICES:
				getOsaDevices().clear();
				getOsaDevices().addAll((Collection<? extends OsaDevice>)newValue);
				return;
			case SsiplanPackage.VSWITCH_UPLINK__OTHER_OPERANDS:
				setOtherOperands((String)newValue);
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
			case SsiplanPackage.VSWITCH_UPLINK__MEMBER:
				setMember((Member)null);
				return;
			case SsiplanPackage.VSWITCH_UPLINK__OSA_DEVICES:
				getOsaDevices().clear();
				return;
			case SsiplanPackage.VSWITCH_UPLINK__OTHER_OPERANDS:
				setOtherOperands(OTHER_OPERANDS_EDEFAULT);
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
			case SsiplanPackage.VSWITCH_UPLINK__MEMBER:
				return member != null;
			case SsiplanPackage.VSWITCH_UPLINK__OSA_DEVICES:
				return osaDevices != null && !osaDevices.isEmpty();
			case SsiplanPackage.VSWITCH_UPLINK__OTHER_OPERANDS:
				return OTHER_OPERANDS_EDEFAULT == null ? otherOperands != null : !OTHER_OPERANDS_EDEFAULT.equals(otherOperands);
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
		result.append(" (otherOperands: ");
		result.append(otherOperands);
		result.append(')');
		return result.toString();
	}

} //VswitchUplinkImpl
