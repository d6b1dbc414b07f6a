/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Real Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A real OSA, FCP or HiperSockets device that members reach by device number. Devices with the same EQID on different members are the same resource to LGR [C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.RealDevice#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.RealDevice#getEqid <em>Eqid</em>}</li>
 *   <li>{@link ssiplan.model.RealDevice#getChpid <em>Chpid</em>}</li>
 *   <li>{@link ssiplan.model.RealDevice#getDeviceNumbers <em>Device Numbers</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getRealDevice()
 * @model abstract="true"
 * @generated
 */
public interface RealDevice extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planner's name for the device (e.g. OSA1-P0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getRealDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.RealDevice#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Eqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equivalency id, 1-8 characters [U length].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eqid</em>' attribute.
	 * @see #setEqid(String)
	 * @see ssiplan.model.SsiplanPackage#getRealDevice_Eqid()
	 * @model
	 * @generated
	 */
	String getEqid();

	/**
	 * Sets the value of the '{@link ssiplan.model.RealDevice#getEqid <em>Eqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eqid</em>' attribute.
	 * @see #getEqid()
	 * @generated
	 */
	void setEqid(String value);

	/**
	 * Returns the value of the '<em><b>Chpid</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chpid</em>' reference.
	 * @see #setChpid(ChannelPath)
	 * @see ssiplan.model.SsiplanPackage#getRealDevice_Chpid()
	 * @model
	 * @generated
	 */
	ChannelPath getChpid();

	/**
	 * Sets the value of the '{@link ssiplan.model.RealDevice#getChpid <em>Chpid</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chpid</em>' reference.
	 * @see #getChpid()
	 * @generated
	 */
	void setChpid(ChannelPath value);

	/**
	 * Returns the value of the '<em><b>Device Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.DeviceNumber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base device number per member (an OSA triplet starts here).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Numbers</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getRealDevice_DeviceNumbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeviceNumber> getDeviceNumbers();

} // RealDevice
