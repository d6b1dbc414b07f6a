/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fcp Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An FCP subchannel for SCSI disks (EDEVICE or guest-attached).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.FcpDevice#getFabric <em>Fabric</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getFcpDevice()
 * @model
 * @generated
 */
public interface FcpDevice extends RealDevice {
	/**
	 * Returns the value of the '<em><b>Fabric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SAN fabric the port is zoned into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fabric</em>' attribute.
	 * @see #setFabric(String)
	 * @see ssiplan.model.SsiplanPackage#getFcpDevice_Fabric()
	 * @model
	 * @generated
	 */
	String getFabric();

	/**
	 * Sets the value of the '{@link ssiplan.model.FcpDevice#getFabric <em>Fabric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fabric</em>' attribute.
	 * @see #getFabric()
	 * @generated
	 */
	void setFabric(String value);

} // FcpDevice
