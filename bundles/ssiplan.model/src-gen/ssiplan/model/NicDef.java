/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nic Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A NICDEF statement coupling a virtual NIC to a virtual switch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.NicDef#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.NicDef#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.NicDef#getVswitch <em>Vswitch</em>}</li>
 *   <li>{@link ssiplan.model.NicDef#getMacId <em>Mac Id</em>}</li>
 *   <li>{@link ssiplan.model.NicDef#getVlan <em>Vlan</em>}</li>
 *   <li>{@link ssiplan.model.NicDef#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getNicDef()
 * @model
 * @generated
 */
public interface NicDef extends EObject {
	/**
	 * Returns the value of the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vaddr</em>' attribute.
	 * @see #setVaddr(String)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_Vaddr()
	 * @model
	 * @generated
	 */
	String getVaddr();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getVaddr <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vaddr</em>' attribute.
	 * @see #getVaddr()
	 * @generated
	 */
	void setVaddr(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.NicType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.NicType
	 * @see #setType(NicType)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_Type()
	 * @model
	 * @generated
	 */
	NicType getType();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.NicType
	 * @see #getType()
	 * @generated
	 */
	void setType(NicType value);

	/**
	 * Returns the value of the '<em><b>Vswitch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vswitch</em>' reference.
	 * @see #setVswitch(VirtualSwitch)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_Vswitch()
	 * @model
	 * @generated
	 */
	VirtualSwitch getVswitch();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getVswitch <em>Vswitch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vswitch</em>' reference.
	 * @see #getVswitch()
	 * @generated
	 */
	void setVswitch(VirtualSwitch value);

	/**
	 * Returns the value of the '<em><b>Mac Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MACID (6 hex digits), combined with USERPREFIX [U]; empty = assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac Id</em>' attribute.
	 * @see #setMacId(String)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_MacId()
	 * @model
	 * @generated
	 */
	String getMacId();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getMacId <em>Mac Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Id</em>' attribute.
	 * @see #getMacId()
	 * @generated
	 */
	void setMacId(String value);

	/**
	 * Returns the value of the '<em><b>Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VLAN id for an access port; 0 = switch default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vlan</em>' attribute.
	 * @see #setVlan(int)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_Vlan()
	 * @model
	 * @generated
	 */
	int getVlan();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getVlan <em>Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan</em>' attribute.
	 * @see #getVlan()
	 * @generated
	 */
	void setVlan(int value);

	/**
	 * Returns the value of the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NICDEF operands SSI Planner does not model (e.g. DEVICES 3 PORTTYPE TRUNK), kept as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operands</em>' attribute.
	 * @see #setOtherOperands(String)
	 * @see ssiplan.model.SsiplanPackage#getNicDef_OtherOperands()
	 * @model
	 * @generated
	 */
	String getOtherOperands();

	/**
	 * Sets the value of the '{@link ssiplan.model.NicDef#getOtherOperands <em>Other Operands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operands</em>' attribute.
	 * @see #getOtherOperands()
	 * @generated
	 */
	void setOtherOperands(String value);

} // NicDef
