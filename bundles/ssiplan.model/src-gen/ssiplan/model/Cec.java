/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A central electronic complex (processor). Its machine type decides the hardware facilities its z/VM members can offer guests.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Cec#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getMachineType <em>Machine Type</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getSerial <em>Serial</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getSite <em>Site</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getMemoryGiB <em>Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getCpCount <em>Cp Count</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getIflCount <em>Ifl Count</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getChannelPaths <em>Channel Paths</em>}</li>
 *   <li>{@link ssiplan.model.Cec#getLpars <em>Lpars</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getCec()
 * @model
 * @generated
 */
public interface Cec extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getCec_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Machine Type</b></em>' attribute.
	 * The literals are from the enumeration {@link ssiplan.model.MachineType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #setMachineType(MachineType)
	 * @see ssiplan.model.SsiplanPackage#getCec_MachineType()
	 * @model
	 * @generated
	 */
	MachineType getMachineType();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getMachineType <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine Type</em>' attribute.
	 * @see ssiplan.model.MachineType
	 * @see #getMachineType()
	 * @generated
	 */
	void setMachineType(MachineType value);

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPC serial number (optional); used by the System_Identifier machine-type form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see ssiplan.model.SsiplanPackage#getCec_Serial()
	 * @model
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data centre or site name; used by disaster-recovery planning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see ssiplan.model.SsiplanPackage#getCec_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer memory installed, GiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Gi B</em>' attribute.
	 * @see #setMemoryGiB(int)
	 * @see ssiplan.model.SsiplanPackage#getCec_MemoryGiB()
	 * @model
	 * @generated
	 */
	int getMemoryGiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getMemoryGiB <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Gi B</em>' attribute.
	 * @see #getMemoryGiB()
	 * @generated
	 */
	void setMemoryGiB(int value);

	/**
	 * Returns the value of the '<em><b>Cp Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * General-purpose processors (CPs) enabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cp Count</em>' attribute.
	 * @see #setCpCount(int)
	 * @see ssiplan.model.SsiplanPackage#getCec_CpCount()
	 * @model
	 * @generated
	 */
	int getCpCount();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getCpCount <em>Cp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cp Count</em>' attribute.
	 * @see #getCpCount()
	 * @generated
	 */
	void setCpCount(int value);

	/**
	 * Returns the value of the '<em><b>Ifl Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Integrated Facilities for Linux enabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ifl Count</em>' attribute.
	 * @see #setIflCount(int)
	 * @see ssiplan.model.SsiplanPackage#getCec_IflCount()
	 * @model
	 * @generated
	 */
	int getIflCount();

	/**
	 * Sets the value of the '{@link ssiplan.model.Cec#getIflCount <em>Ifl Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ifl Count</em>' attribute.
	 * @see #getIflCount()
	 * @generated
	 */
	void setIflCount(int value);

	/**
	 * Returns the value of the '<em><b>Channel Paths</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.ChannelPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel Paths</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getCec_ChannelPaths()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelPath> getChannelPaths();

	/**
	 * Returns the value of the '<em><b>Lpars</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Lpar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lpars</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getCec_Lpars()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lpar> getLpars();

} // Cec
