/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Osa Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An OSA-Express port in QDIO mode, the usual VSWITCH uplink.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.OsaDevice#getLanSegment <em>Lan Segment</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getOsaDevice()
 * @model
 * @generated
 */
public interface OsaDevice extends RealDevice {
	/**
	 * Returns the value of the '<em><b>Lan Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical LAN the port is cabled to; OSAs backing one VSWITCH must share it for LGR [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lan Segment</em>' attribute.
	 * @see #setLanSegment(String)
	 * @see ssiplan.model.SsiplanPackage#getOsaDevice_LanSegment()
	 * @model
	 * @generated
	 */
	String getLanSegment();

	/**
	 * Sets the value of the '{@link ssiplan.model.OsaDevice#getLanSegment <em>Lan Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lan Segment</em>' attribute.
	 * @see #getLanSegment()
	 * @generated
	 */
	void setLanSegment(String value);

} // OsaDevice
