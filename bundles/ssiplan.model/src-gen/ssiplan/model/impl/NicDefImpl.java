/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualSwitch;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nic Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getVswitch <em>Vswitch</em>}</li>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getMacId <em>Mac Id</em>}</li>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getVlan <em>Vlan</em>}</li>
 *   <li>{@link ssiplan.model.impl.NicDefImpl#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NicDefImpl extends EObjectImpl implements NicDef {
	/**
	 * The default value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String VADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected String vaddr = VADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final NicType TYPE_EDEFAULT = NicType.QDIO;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected NicType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVswitch() <em>Vswitch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVswitch()
	 * @generated
	 * @ordered
	 */
	protected VirtualSwitch vswitch;

	/**
	 * The default value of the '{@link #getMacId() <em>Mac Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacId()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMacId() <em>Mac Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacId()
	 * @generated
	 * @ordered
	 */
	protected String macId = MAC_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getVlan() <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlan()
	 * @generated
	 * @ordered
	 */
	protected static final int VLAN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVlan() <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlan()
	 * @generated
	 * @ordered
	 */
	protected int vlan = VLAN_EDEFAULT;

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
	protected NicDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.NIC_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVaddr() {
		return vaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaddr(String newVaddr) {
		String oldVaddr = vaddr;
		vaddr = newVaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__VADDR, oldVaddr, vaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NicType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(NicType newType) {
		NicType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualSwitch getVswitch() {
		if (vswitch != null && vswitch.eIsProxy()) {
			InternalEObject oldVswitch = (InternalEObject)vswitch;
			vswitch = (VirtualSwitch)eResolveProxy(oldVswitch);
			if (vswitch != oldVswitch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.NIC_DEF__VSWITCH, oldVswitch, vswitch));
			}
		}
		return vswitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualSwitch basicGetVswitch() {
		return vswitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVswitch(VirtualSwitch newVswitch) {
		VirtualSwitch oldVswitch = vswitch;
		vswitch = newVswitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__VSWITCH, oldVswitch, vswitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMacId() {
		return macId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacId(String newMacId) {
		String oldMacId = macId;
		macId = newMacId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__MAC_ID, oldMacId, macId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVlan() {
		return vlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlan(int newVlan) {
		int oldVlan = vlan;
		vlan = newVlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__VLAN, oldVlan, vlan));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.NIC_DEF__OTHER_OPERANDS, oldOtherOperands, otherOperands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.NIC_DEF__VADDR:
				return getVaddr();
			case SsiplanPackage.NIC_DEF__TYPE:
				return getType();
			case SsiplanPackage.NIC_DEF__VSWITCH:
				if (resolve) return getVswitch();
				return basicGetVswitch();
			case SsiplanPackage.NIC_DEF__MAC_ID:
				return getMacId();
			case SsiplanPackage.NIC_DEF__VLAN:
				return getVlan();
			case SsiplanPackage.NIC_DEF__OTHER_OPERANDS:
				return getOtherOperands();
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
			case SsiplanPackage.NIC_DEF__VADDR:
				setVaddr((String)newValue);
				return;
			case SsiplanPackage.NIC_DEF__TYPE:
				setType((NicType)newValue);
				return;
			case SsiplanPackage.NIC_DEF__VSWITCH:
				setVswitch((VirtualSwitch)newValue);
				return;
			case SsiplanPackage.NIC_DEF__MAC_ID:
				setMacId((String)newValue);
				return;
			case SsiplanPackage.NIC_DEF__VLAN:
				setVlan((Integer)newValue);
				return;
			case SsiplanPackage.NIC_DEF__OTHER_OPERANDS:
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
			case SsiplanPackage.NIC_DEF__VADDR:
				setVaddr(VADDR_EDEFAULT);
				return;
			case SsiplanPackage.NIC_DEF__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SsiplanPackage.NIC_DEF__VSWITCH:
				setVswitch((VirtualSwitch)null);
				return;
			case SsiplanPackage.NIC_DEF__MAC_ID:
				setMacId(MAC_ID_EDEFAULT);
				return;
			case SsiplanPackage.NIC_DEF__VLAN:
				setVlan(VLAN_EDEFAULT);
				return;
			case SsiplanPackage.NIC_DEF__OTHER_OPERANDS:
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
			case SsiplanPackage.NIC_DEF__VADDR:
				return VADDR_EDEFAULT == null ? vaddr != null : !VADDR_EDEFAULT.equals(vaddr);
			case SsiplanPackage.NIC_DEF__TYPE:
				return type != TYPE_EDEFAULT;
			case SsiplanPackage.NIC_DEF__VSWITCH:
				return vswitch != null;
			case SsiplanPackage.NIC_DEF__MAC_ID:
				return MAC_ID_EDEFAULT == null ? macId != null : !MAC_ID_EDEFAULT.equals(macId);
			case SsiplanPackage.NIC_DEF__VLAN:
				return vlan != VLAN_EDEFAULT;
			case SsiplanPackage.NIC_DEF__OTHER_OPERANDS:
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
		result.append(" (vaddr: ");
		result.append(vaddr);
		result.append(", type: ");
		result.append(type);
		result.append(", macId: ");
		result.append(macId);
		result.append(", vlan: ");
		result.append(vlan);
		result.append(", otherOperands: ");
		result.append(otherOperands);
		result.append(')');
		return result.toString();
	}

} //NicDefImpl
