/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Switch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A z/VM virtual switch; for LGR a switch of the same name and use must exist on the destination [C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.VirtualSwitch#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getTransport <em>Transport</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getVlanMode <em>Vlan Mode</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getDefaultVlan <em>Default Vlan</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getPortAssignment <em>Port Assignment</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getUplinks <em>Uplinks</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getGrantedUsers <em>Granted Users</em>}</li>
 *   <li>{@link ssiplan.model.VirtualSwitch#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch()
 * @model
 * @generated
 */
public interface VirtualSwitch extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-8 characters [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.VswitchType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.VswitchType
	 * @see #setType(VswitchType)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_Type()
	 * @model
	 * @generated
	 */
	VswitchType getType();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.VswitchType
	 * @see #getType()
	 * @generated
	 */
	void setType(VswitchType value);

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.VswitchTransport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see ssiplan.model.VswitchTransport
	 * @see #setTransport(VswitchTransport)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_Transport()
	 * @model
	 * @generated
	 */
	VswitchTransport getTransport();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see ssiplan.model.VswitchTransport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(VswitchTransport value);

	/**
	 * Returns the value of the '<em><b>Vlan Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.VlanMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vlan Mode</em>' attribute.
	 * @see ssiplan.model.VlanMode
	 * @see #setVlanMode(VlanMode)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_VlanMode()
	 * @model
	 * @generated
	 */
	VlanMode getVlanMode();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getVlanMode <em>Vlan Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan Mode</em>' attribute.
	 * @see ssiplan.model.VlanMode
	 * @see #getVlanMode()
	 * @generated
	 */
	void setVlanMode(VlanMode value);

	/**
	 * Returns the value of the '<em><b>Default Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default VLAN id when VLAN AWARE (1-4094); 0 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Vlan</em>' attribute.
	 * @see #setDefaultVlan(int)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_DefaultVlan()
	 * @model
	 * @generated
	 */
	int getDefaultVlan();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getDefaultVlan <em>Default Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Vlan</em>' attribute.
	 * @see #getDefaultVlan()
	 * @generated
	 */
	void setDefaultVlan(int value);

	/**
	 * Returns the value of the '<em><b>Port Assignment</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.PortAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port Assignment</em>' attribute.
	 * @see ssiplan.model.PortAssignment
	 * @see #setPortAssignment(PortAssignment)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_PortAssignment()
	 * @model
	 * @generated
	 */
	PortAssignment getPortAssignment();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getPortAssignment <em>Port Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Assignment</em>' attribute.
	 * @see ssiplan.model.PortAssignment
	 * @see #getPortAssignment()
	 * @generated
	 */
	void setPortAssignment(PortAssignment value);

	/**
	 * Returns the value of the '<em><b>Uplinks</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.VswitchUplink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The OSA uplinks each member defines for the switch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uplinks</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_Uplinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<VswitchUplink> getUplinks();

	/**
	 * Returns the value of the '<em><b>Granted Users</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users authorised by SET VSWITCH GRANT (user-based switches).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted Users</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_GrantedUsers()
	 * @model
	 * @generated
	 */
	EList<VirtualMachine> getGrantedUsers();

	/**
	 * Returns the value of the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DEFINE VSWITCH operands SSI Planner does not model (e.g. NATIVE 1 PORTTYPE TRUNK QUEUESTORAGE 8), written as given on every member's definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operands</em>' attribute.
	 * @see #setOtherOperands(String)
	 * @see ssiplan.model.SsiplanPackage#getVirtualSwitch_OtherOperands()
	 * @model
	 * @generated
	 */
	String getOtherOperands();

	/**
	 * Sets the value of the '{@link ssiplan.model.VirtualSwitch#getOtherOperands <em>Other Operands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operands</em>' attribute.
	 * @see #getOtherOperands()
	 * @generated
	 */
	void setOtherOperands(String value);

} // VirtualSwitch
