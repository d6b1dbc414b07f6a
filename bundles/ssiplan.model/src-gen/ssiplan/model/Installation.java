/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Installation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: everything one site plans - processors, DASD, real network and SAN devices, and the SSI clusters built on them. The what-if scenarios are kept beside these lists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Installation#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getDescription <em>Description</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getCecs <em>Cecs</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getDasdVolumes <em>Dasd Volumes</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getRealDevices <em>Real Devices</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getClusters <em>Clusters</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getSettings <em>Settings</em>}</li>
 *   <li>{@link ssiplan.model.Installation#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getInstallation()
 * @model
 * @generated
 */
public interface Installation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name of the installation, shown as the diagram title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Installation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link ssiplan.model.Installation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Cecs</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Cec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The processors (CECs) of the installation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cecs</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Cecs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cec> getCecs();

	/**
	 * Returns the value of the '<em><b>Dasd Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.DasdVolume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All DASD volumes, shared or member-local; kept at installation level because one volume can serve several members and clusters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dasd Volumes</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getInstallation_DasdVolumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DasdVolume> getDasdVolumes();

	/**
	 * Returns the value of the '<em><b>Real Devices</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.RealDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OSA, FCP and HiperSockets devices; referenced by virtual switches and dedicated guest devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Real Devices</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getInstallation_RealDevices()
	 * @model containment="true"
	 * @generated
	 */
	EList<RealDevice> getRealDevices();

	/**
	 * Returns the value of the '<em><b>Clusters</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.SsiCluster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clusters</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Clusters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SsiCluster> getClusters();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planning limits and defaults that the reference marks as unconfirmed or site policy, kept as data so planners can change them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(PlanningSettings)
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Settings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PlanningSettings getSettings();

	/**
	 * Sets the value of the '{@link ssiplan.model.Installation#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(PlanningSettings value);

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What-if scenarios planned for this installation, saved with it so they are versioned with the configuration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getInstallation_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // Installation
