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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.PortAssignment;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Switch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getVlanMode <em>Vlan Mode</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getDefaultVlan <em>Default Vlan</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getPortAssignment <em>Port Assignment</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getUplinks <em>Uplinks</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getGrantedUsers <em>Granted Users</em>}</li>
 *   <li>{@link ssiplan.model.impl.VirtualSwitchImpl#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualSwitchImpl extends EObjectImpl implements VirtualSwitch {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final VswitchType TYPE_EDEFAULT = VswitchType.QDIO;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected VswitchType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final VswitchTransport TRANSPORT_EDEFAULT = VswitchTransport.ETHERNET;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected VswitchTransport transport = TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVlanMode() <em>Vlan Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanMode()
	 * @generated
	 * @ordered
	 */
	protected static final VlanMode VLAN_MODE_EDEFAULT = VlanMode.UNAWARE;

	/**
	 * The cached value of the '{@link #getVlanMode() <em>Vlan Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanMode()
	 * @generated
	 * @ordered
	 */
	protected VlanMode vlanMode = VLAN_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultVlan() <em>Default Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultVlan()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFAULT_VLAN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDefaultVlan() <em>Default Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultVlan()
	 * @generated
	 * @ordered
	 */
	protected int defaultVlan = DEFAULT_VLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortAssignment() <em>Port Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortAssignment()
	 * @generated
	 * @ordered
	 */
	protected static final PortAssignment PORT_ASSIGNMENT_EDEFAULT = PortAssignment.USERBASED;

	/**
	 * The cached value of the '{@link #getPortAssignment() <em>Port Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortAssignment()
	 * @generated
	 * @ordered
	 */
	protected PortAssignment portAssignment = PORT_ASSIGNMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUplinks() <em>Uplinks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUplinks()
	 * @generated
	 * @ordered
	 */
	protected EList<VswitchUplink> uplinks;

	/**
	 * The cached value of the '{@link #getGrantedUsers() <em>Granted Users</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> grantedUsers;

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
	protected VirtualSwitchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.VIRTUAL_SWITCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VswitchType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(VswitchType newType) {
		VswitchType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VswitchTransport getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(VswitchTransport newTransport) {
		VswitchTransport oldTransport = transport;
		transport = newTransport == null ? TRANSPORT_EDEFAULT : newTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__TRANSPORT, oldTransport, transport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VlanMode getVlanMode() {
		return vlanMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlanMode(VlanMode newVlanMode) {
		VlanMode oldVlanMode = vlanMode;
		vlanMode = newVlanMode == null ? VLAN_MODE_EDEFAULT : newVlanMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__VLAN_MODE, oldVlanMode, vlanMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDefaultVlan() {
		return defaultVlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultVlan(int newDefaultVlan) {
		int oldDefaultVlan = defaultVlan;
		defaultVlan = newDefaultVlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__DEFAULT_VLAN, oldDefaultVlan, defaultVlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortAssignment getPortAssignment() {
		return portAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortAssignment(PortAssignment newPortAssignment) {
		PortAssignment oldPortAssignment = portAssignment;
		portAssignment = newPortAssignment == null ? PORT_ASSIGNMENT_EDEFAULT : newPortAssignment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__PORT_ASSIGNMENT, oldPortAssignment, portAssignment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VswitchUplink> getUplinks() {
		if (uplinks == null) {
			uplinks = new EObjectContainmentEList<VswitchUplink>(VswitchUplink.class, this, SsiplanPackage.VIRTUAL_SWITCH__UPLINKS);
		}
		return uplinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getGrantedUsers() {
		if (grantedUsers == null) {
			grantedUsers = new EObjectResolvingEList<VirtualMachine>(VirtualMachine.class, this, SsiplanPackage.VIRTUAL_SWITCH__GRANTED_USERS);
		}
		return grantedUsers;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.VIRTUAL_SWITCH__OTHER_OPERANDS, oldOtherOperands, otherOperands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.VIRTUAL_SWITCH__UPLINKS:
				return ((InternalEList<?>)getUplinks()).basicRemove(otherEnd, msgs);
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
			case SsiplanPackage.VIRTUAL_SWITCH__NAME:
				return getName();
			case SsiplanPackage.VIRTUAL_SWITCH__TYPE:
				return getType();
			case SsiplanPackage.VIRTUAL_SWITCH__TRANSPORT:
				return getTransport();
			case SsiplanPackage.VIRTUAL_SWITCH__VLAN_MODE:
				return getVlanMode();
			case SsiplanPackage.VIRTUAL_SWITCH__DEFAULT_VLAN:
				return getDefaultVlan();
			case SsiplanPackage.VIRTUAL_SWITCH__PORT_ASSIGNMENT:
				return getPortAssignment();
			case SsiplanPackage.VIRTUAL_SWITCH__UPLINKS:
				return getUplinks();
			case SsiplanPackage.VIRTUAL_SWITCH__GRANTED_USERS:
				return getGrantedUsers();
			case SsiplanPackage.VIRTUAL_SWITCH__OTHER_OPERANDS:
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
			case SsiplanPackage.VIRTUAL_SWITCH__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__TYPE:
				setType((VswitchType)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__TRANSPORT:
				setTransport((VswitchTransport)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__VLAN_MODE:
				setVlanMode((VlanMode)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__DEFAULT_VLAN:
				setDefaultVlan((Integer)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__PORT_ASSIGNMENT:
				setPortAssignment((PortAssignment)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__UPLINKS:
				getUplinks().clear();
				getUplinks().addAll((Collection<? extends VswitchUplink>)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__GRANTED_USERS:
				getGrantedUsers().clear();
				getGrantedUsers().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__OTHER_OPERANDS:
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
			case SsiplanPackage.VIRTUAL_SWITCH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__TRANSPORT:
				setTransport(TRANSPORT_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__VLAN_MODE:
				setVlanMode(VLAN_MODE_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__DEFAULT_VLAN:
				setDefaultVlan(DEFAULT_VLAN_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__PORT_ASSIGNMENT:
				setPortAssignment(PORT_ASSIGNMENT_EDEFAULT);
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__UPLINKS:
				getUplinks().clear();
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__GRANTED_USERS:
				getGrantedUsers().clear();
				return;
			case SsiplanPackage.VIRTUAL_SWITCH__OTHER_OPERANDS:
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
			case SsiplanPackage.VIRTUAL_SWITCH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.VIRTUAL_SWITCH__TYPE:
				return type != TYPE_EDEFAULT;
			case SsiplanPackage.VIRTUAL_SWITCH__TRANSPORT:
				return transport != TRANSPORT_EDEFAULT;
			case SsiplanPackage.VIRTUAL_SWITCH__VLAN_MODE:
				return vlanMode != VLAN_MODE_EDEFAULT;
			case SsiplanPackage.VIRTUAL_SWITCH__DEFAULT_VLAN:
				return defaultVlan != DEFAULT_VLAN_EDEFAULT;
			case SsiplanPackage.VIRTUAL_SWITCH__PORT_ASSIGNMENT:
				return portAssignment != PORT_ASSIGNMENT_EDEFAULT;
			case SsiplanPackage.VIRTUAL_SWITCH__UPLINKS:
				return uplinks != null && !uplinks.isEmpty();
			case SsiplanPackage.VIRTUAL_SWITCH__GRANTED_USERS:
				return grantedUsers != null && !grantedUsers.isEmpty();
			case SsiplanPackage.VIRTUAL_SWITCH__OTHER_OPERANDS:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", transport: ");
		result.append(transport);
		result.append(", vlanMode: ");
		result.append(vlanMode);
		result.append(", defaultVlan: ");
		result.append(defaultVlan);
		result.append(", portAssignment: ");
		result.append(portAssignment);
		result.append(", otherOperands: ");
		result.append(otherOperands);
		result.append(')');
		return result.toString();
	}

} //VirtualSwitchImpl
