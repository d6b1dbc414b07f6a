/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ctc Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One FICON CTC device pair of an ISFC link, with the channel path at each end.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.CtcConnection#getDeviceA <em>Device A</em>}</li>
 *   <li>{@link ssiplan.model.CtcConnection#getDeviceB <em>Device B</em>}</li>
 *   <li>{@link ssiplan.model.CtcConnection#getChpidA <em>Chpid A</em>}</li>
 *   <li>{@link ssiplan.model.CtcConnection#getChpidB <em>Chpid B</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getCtcConnection()
 * @model
 * @generated
 */
public interface CtcConnection extends EObject {
	/**
	 * Returns the value of the '<em><b>Device A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CTC device number on member A (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device A</em>' attribute.
	 * @see #setDeviceA(String)
	 * @see ssiplan.model.SsiplanPackage#getCtcConnection_DeviceA()
	 * @model
	 * @generated
	 */
	String getDeviceA();

	/**
	 * Sets the value of the '{@link ssiplan.model.CtcConnection#getDeviceA <em>Device A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device A</em>' attribute.
	 * @see #getDeviceA()
	 * @generated
	 */
	void setDeviceA(String value);

	/**
	 * Returns the value of the '<em><b>Device B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CTC device number on member B (hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device B</em>' attribute.
	 * @see #setDeviceB(String)
	 * @see ssiplan.model.SsiplanPackage#getCtcConnection_DeviceB()
	 * @model
	 * @generated
	 */
	String getDeviceB();

	/**
	 * Sets the value of the '{@link ssiplan.model.CtcConnection#getDeviceB <em>Device B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device B</em>' attribute.
	 * @see #getDeviceB()
	 * @generated
	 */
	void setDeviceB(String value);

	/**
	 * Returns the value of the '<em><b>Chpid A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chpid A</em>' reference.
	 * @see #setChpidA(ChannelPath)
	 * @see ssiplan.model.SsiplanPackage#getCtcConnection_ChpidA()
	 * @model
	 * @generated
	 */
	ChannelPath getChpidA();

	/**
	 * Sets the value of the '{@link ssiplan.model.CtcConnection#getChpidA <em>Chpid A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chpid A</em>' reference.
	 * @see #getChpidA()
	 * @generated
	 */
	void setChpidA(ChannelPath value);

	/**
	 * Returns the value of the '<em><b>Chpid B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chpid B</em>' reference.
	 * @see #setChpidB(ChannelPath)
	 * @see ssiplan.model.SsiplanPackage#getCtcConnection_ChpidB()
	 * @model
	 * @generated
	 */
	ChannelPath getChpidB();

	/**
	 * Sets the value of the '{@link ssiplan.model.CtcConnection#getChpidB <em>Chpid B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chpid B</em>' reference.
	 * @see #getChpidB()
	 * @generated
	 */
	void setChpidB(ChannelPath value);

} // CtcConnection
