/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hiper Sockets Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A HiperSockets (IQD) device; the LAN is internal to one CEC.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.HiperSocketsDevice#getLanSegment <em>Lan Segment</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getHiperSocketsDevice()
 * @model
 * @generated
 */
public interface HiperSocketsDevice extends RealDevice {
	/**
	 * Returns the value of the '<em><b>Lan Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lan Segment</em>' attribute.
	 * @see #setLanSegment(String)
	 * @see ssiplan.model.SsiplanPackage#getHiperSocketsDevice_LanSegment()
	 * @model
	 * @generated
	 */
	String getLanSegment();

	/**
	 * Sets the value of the '{@link ssiplan.model.HiperSocketsDevice#getLanSegment <em>Lan Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lan Segment</em>' attribute.
	 * @see #getLanSegment()
	 * @generated
	 */
	void setLanSegment(String value);

} // HiperSocketsDevice
