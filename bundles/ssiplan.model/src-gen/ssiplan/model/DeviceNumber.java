/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Number</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The real device number (RDEV) by which one member reaches a device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.DeviceNumber#getMember <em>Member</em>}</li>
 *   <li>{@link ssiplan.model.DeviceNumber#getRdev <em>Rdev</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getDeviceNumber()
 * @model
 * @generated
 */
public interface DeviceNumber extends EObject {
	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getDeviceNumber_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.DeviceNumber#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

	/**
	 * Returns the value of the '<em><b>Rdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real device number, 4 hex digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdev</em>' attribute.
	 * @see #setRdev(String)
	 * @see ssiplan.model.SsiplanPackage#getDeviceNumber_Rdev()
	 * @model
	 * @generated
	 */
	String getRdev();

	/**
	 * Sets the value of the '{@link ssiplan.model.DeviceNumber#getRdev <em>Rdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdev</em>' attribute.
	 * @see #getRdev()
	 * @generated
	 */
	void setRdev(String value);

} // DeviceNumber
