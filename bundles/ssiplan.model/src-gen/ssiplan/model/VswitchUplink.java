/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vswitch Uplink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The RDEV list (at most 3 OSA devices [C]) one member gives a virtual switch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.VswitchUplink#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.VswitchUplink#getOsaDevices <em>Osa Devices</em>}</li>
 *   <li>{@link ssiplan.model.VswitchUplink#getOtherOperands <em>Other Operands</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getVswitchUplink()
 * @model
 * @generated
 */
public interface VswitchUplink extends EObject {
	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getVswitchUplink_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.VswitchUplink#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

	/**
	 * Returns the value of the '<em><b>Osa Devices</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.OsaDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Osa Devices</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getVswitchUplink_OsaDevices()
	 * @model upper="3"
	 * @generated
	 */
	EList<OsaDevice> getOsaDevices();

	/**
	 * Returns the value of the '<em><b>Other Operands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DEFINE VSWITCH operands SSI Planner does not model that only this member's definition carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Operands</em>' attribute.
	 * @see #setOtherOperands(String)
	 * @see ssiplan.model.SsiplanPackage#getVswitchUplink_OtherOperands()
	 * @model
	 * @generated
	 */
	String getOtherOperands();

	/**
	 * Sets the value of the '{@link ssiplan.model.VswitchUplink#getOtherOperands <em>Other Operands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Operands</em>' attribute.
	 * @see #getOtherOperands()
	 * @generated
	 */
	void setOtherOperands(String value);

} // VswitchUplink
