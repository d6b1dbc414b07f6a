/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel path (CHPID) of a CEC, e.g. a FICON channel carrying CTC devices for ISFC.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.ChannelPath#getChpid <em>Chpid</em>}</li>
 *   <li>{@link ssiplan.model.ChannelPath#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.ChannelPath#getSpeed <em>Speed</em>}</li>
 *   <li>{@link ssiplan.model.ChannelPath#getPchid <em>Pchid</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getChannelPath()
 * @model
 * @generated
 */
public interface ChannelPath extends EObject {
	/**
	 * Returns the value of the '<em><b>Chpid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CHPID number, two hex digits (e.g. 4A).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chpid</em>' attribute.
	 * @see #setChpid(String)
	 * @see ssiplan.model.SsiplanPackage#getChannelPath_Chpid()
	 * @model
	 * @generated
	 */
	String getChpid();

	/**
	 * Sets the value of the '{@link ssiplan.model.ChannelPath#getChpid <em>Chpid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chpid</em>' attribute.
	 * @see #getChpid()
	 * @generated
	 */
	void setChpid(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"FC"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ChannelPathType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.ChannelPathType
	 * @see #setType(ChannelPathType)
	 * @see ssiplan.model.SsiplanPackage#getChannelPath_Type()
	 * @model default="FC"
	 * @generated
	 */
	ChannelPathType getType();

	/**
	 * Sets the value of the '{@link ssiplan.model.ChannelPath#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see ssiplan.model.ChannelPathType
	 * @see #getType()
	 * @generated
	 */
	void setType(ChannelPathType value);

	/**
	 * Returns the value of the '<em><b>Speed</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.FiconSpeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adapter generation for FICON/FCP channels; determines the link rate used by ISFC sizing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speed</em>' attribute.
	 * @see ssiplan.model.FiconSpeed
	 * @see #setSpeed(FiconSpeed)
	 * @see ssiplan.model.SsiplanPackage#getChannelPath_Speed()
	 * @model
	 * @generated
	 */
	FiconSpeed getSpeed();

	/**
	 * Sets the value of the '{@link ssiplan.model.ChannelPath#getSpeed <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed</em>' attribute.
	 * @see ssiplan.model.FiconSpeed
	 * @see #getSpeed()
	 * @generated
	 */
	void setSpeed(FiconSpeed value);

	/**
	 * Returns the value of the '<em><b>Pchid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical channel id (optional, three hex digits); helps relate CHPIDs to the same card.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pchid</em>' attribute.
	 * @see #setPchid(String)
	 * @see ssiplan.model.SsiplanPackage#getChannelPath_Pchid()
	 * @model
	 * @generated
	 */
	String getPchid();

	/**
	 * Sets the value of the '{@link ssiplan.model.ChannelPath#getPchid <em>Pchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pchid</em>' attribute.
	 * @see #getPchid()
	 * @generated
	 */
	void setPchid(String value);

} // ChannelPath
