/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dedicated Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DEDICATE statement: a real device given to the guest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.DedicatedDevice#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.DedicatedDevice#getDevice <em>Device</em>}</li>
 *   <li>{@link ssiplan.model.DedicatedDevice#getRdev <em>Rdev</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getDedicatedDevice()
 * @model
 * @generated
 */
public interface DedicatedDevice extends EObject {
	/**
	 * Returns the value of the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vaddr</em>' attribute.
	 * @see #setVaddr(String)
	 * @see ssiplan.model.SsiplanPackage#getDedicatedDevice_Vaddr()
	 * @model
	 * @generated
	 */
	String getVaddr();

	/**
	 * Sets the value of the '{@link ssiplan.model.DedicatedDevice#getVaddr <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vaddr</em>' attribute.
	 * @see #getVaddr()
	 * @generated
	 */
	void setVaddr(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The modelled OSA, FCP or HiperSockets device, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(RealDevice)
	 * @see ssiplan.model.SsiplanPackage#getDedicatedDevice_Device()
	 * @model
	 * @generated
	 */
	RealDevice getDevice();

	/**
	 * Sets the value of the '{@link ssiplan.model.DedicatedDevice#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(RealDevice value);

	/**
	 * Returns the value of the '<em><b>Rdev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real device number when the device is not modelled (e.g. tape or dedicated DASD, which block LGR [U]).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdev</em>' attribute.
	 * @see #setRdev(String)
	 * @see ssiplan.model.SsiplanPackage#getDedicatedDevice_Rdev()
	 * @model
	 * @generated
	 */
	String getRdev();

	/**
	 * Sets the value of the '{@link ssiplan.model.DedicatedDevice#getRdev <em>Rdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdev</em>' attribute.
	 * @see #getRdev()
	 * @generated
	 */
	void setRdev(String value);

} // DedicatedDevice
